"use client";
/**
 * "Review my mistakes": the progress part of the review page, loaded after hydration. Progress
 * lives in the browser (localStorage), so the server can only render the loading line anyway; the
 * progress store, its zod schemas and ts-fsrs (about 31 kB gzip) therefore stay out of /review's
 * first-load JS. Until the chunk arrives the same loading line is shown.
 */
import dynamic from "next/dynamic";
import { ReviewLoading } from "./review-loading";
import type { ReviewProgressProps } from "./review-progress";

const ReviewProgress = dynamic(() => import("./review-progress").then((m) => m.ReviewProgress), {
  ssr: false,
  loading: () => <ReviewLoading />,
});

export function ReviewView(props: ReviewProgressProps) {
  return <ReviewProgress {...props} />;
}
