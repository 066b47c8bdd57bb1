/**
 * Quiz components for MDX and pages. `Quiz` and `QuizSet` are server components (they load items,
 * cases and labelmap statistics on the server) rendering the client item view.
 */
export { Quiz } from "./quiz";
export { QuizSet, type QuizSetProps } from "./quiz-set";
