/** `<Quiz item="ID"/>` and `<QuizSet case="ID" …/>` in MDX: the quiz server components, by id. */
export { Quiz as QuizSlot, QuizSet as QuizSetSlot } from "@/components/quiz";
