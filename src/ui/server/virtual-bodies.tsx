/**
 * Only the rows in view, for a long guest book: each row is its own <tbody> (a row may show its
 * session data in a second <tr>), measured as it renders; spacers keep the scroll height true.
 * Loaded only when a student asks for every row of a long book.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode, RefObject } from 'react';
import type { GuestBookRow } from '../../sim/server/guest-book';

export function VirtualBodies({
  items,
  scrollRef,
  render,
  columns,
}: {
  items: readonly GuestBookRow[];
  scrollRef: RefObject<HTMLElement | null>;
  render: (row: GuestBookRow) => ReactNode;
  columns: number;
}) {
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself; nothing here is memoized
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 44,
    overscan: 10,
    getItemKey: (i) => items[i]?.id ?? i,
  });
  const inView = virtualizer.getVirtualItems();
  const before = inView[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (inView.at(-1)?.end ?? 0);
  const spacer = (height: number) => (
    <tbody aria-hidden="true">
      <tr className="virtual-spacer" style={{ height }}>
        <td colSpan={columns} />
      </tr>
    </tbody>
  );
  return (
    <>
      {before > 0 && spacer(before)}
      {inView.map((v) => {
        const item = items[v.index];
        return item ? (
          <tbody key={v.key} data-index={v.index} ref={virtualizer.measureElement}>
            {render(item)}
          </tbody>
        ) : null;
      })}
      {after > 0 && spacer(after)}
    </>
  );
}
