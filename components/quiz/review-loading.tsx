/** What the review page shows until the browser's progress is read (server render, hydration). */
export function ReviewLoading() {
  return <p>Loading your progress…</p>;
}
