/** Names what failed (file and reason) inside the viewer frame; the rest of the page keeps working. */
export function ErrorPanel({ title, messages }: { title: string; messages: string[] }) {
  return (
    <div
      role="alert"
      data-testid="viewer-error"
      className="rounded border border-rose-600 bg-rose-950/60 p-3 text-sm text-rose-100"
    >
      <p className="font-semibold">{title}</p>
      <ul className="mt-1 list-disc pl-5">
        {messages.map((m) => (
          <li key={m} className="break-words">
            {m}
          </li>
        ))}
      </ul>
    </div>
  );
}
