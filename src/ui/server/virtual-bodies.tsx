/**
 * Only the rows in view, for a long guest book: each row is its own <tbody> (a row may show its
 * session data in a second <tr>), measured as it renders; spacers stand for the rows not drawn.
 * Loaded only when a student asks for every row of a long book.
 */
import { measureElement, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
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
  // A row not drawn yet counts as high as the average row drawn so far (rows differ: a long
  // browser name wraps, a row with its data open is taller), so the scroll height is nearly true.
  const drawn = useRef({ rows: 0, height: 0 });
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself; nothing here is memoized
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => (drawn.current.rows > 0 ? drawn.current.height / drawn.current.rows : 44),
    measureElement: (element, entry, instance) => {
      const height = measureElement(element, entry, instance);
      if (height > 0)
        drawn.current = { rows: drawn.current.rows + 1, height: drawn.current.height + height };
      return height;
    },
    overscan: 10,
    getItemKey: (i) => items[i]?.id ?? i,
  });
  // While the student scrolls, the scroll is theirs: moving it to make up for a row first drawn
  // above (as the library does) would stop the browser's smooth scroll halfway.
  virtualizer.shouldAdjustScrollPositionOnItemSizeChange = (item, _delta, v) =>
    !v.isScrolling && item.start < (v.scrollOffset ?? 0);
  // Home and End in the focused book jump, as the browser's smooth scroll over a thousand rows
  // drawn on the way is slow. End stays at the bottom, frame by frame, until the book's height
  // holds still (the last rows may be taller than counted) or the student scrolls.
  useEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    let frame = 0;
    const stop = () => cancelAnimationFrame(frame);
    const jump = (e: KeyboardEvent) => {
      stop();
      if (e.target !== box || e.altKey || e.ctrlKey || e.metaKey) return;
      if (e.key === 'Home') {
        e.preventDefault();
        box.scrollTop = 0;
      }
      if (e.key !== 'End') return;
      e.preventDefault();
      let height = -1;
      let still = 0;
      let frames = 0;
      const follow = () => {
        box.scrollTop = box.scrollHeight;
        still = box.scrollHeight === height ? still + 1 : 0;
        height = box.scrollHeight;
        if (still < 3 && frames++ < 120) frame = requestAnimationFrame(follow);
      };
      follow();
    };
    box.addEventListener('keydown', jump);
    box.addEventListener('wheel', stop, { passive: true });
    box.addEventListener('pointerdown', stop);
    return () => {
      stop();
      box.removeEventListener('keydown', jump);
      box.removeEventListener('wheel', stop);
      box.removeEventListener('pointerdown', stop);
    };
  }, [scrollRef]);
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
