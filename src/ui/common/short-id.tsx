/** A session ID as text names it: its first eight characters (the trace, the guest book's marks). */
export const shortIdText = (id: string) => `${id.slice(0, 8)}…`;

/** A session ID shortened for the eye; the whole ID stays available to screen readers and on hover. */
export function ShortId({ id, length = 10 }: { id: string; length?: number }) {
  if (id.length <= length + 1) return <code className="sid">{id}</code>;
  return (
    <code className="sid" title={id}>
      <span aria-hidden="true">{id.slice(0, length)}…</span>
      <span className="visually-hidden">{id}</span>
    </code>
  );
}
