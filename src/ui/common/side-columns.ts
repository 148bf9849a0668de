/**
 * Side by side, the browser and the wire stay on the screen while the page scrolls down the
 * server's region (the tallest: clock, trace, guest book, settings), so the three still tell one
 * story when the step is about the server's code. Each sticks just under the step bar, when it fits
 * below it: a taller one scrolls with the page, so none of it is ever held out of reach or under
 * the bar. CSS decides where they stick at all (side by side only); this says which fit
 * (`data-stick`) and where they stick (`--stick-top`).
 */
import { useLayoutEffect, type RefObject } from 'react';

/** Room between the step bar (or the screen's bottom) and a column. */
const GAP = 12;

export function useStickyColumns(stage: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const root = stage.current;
    if (!root) return;
    const columns = [
      ...root.querySelectorAll<HTMLElement>(':scope > .browser-region, :scope > .wire-region'),
    ];
    const bar = document.querySelector<HTMLElement>('.lesson-bar');
    const update = () => {
      // Every size is read before anything is written: a write between two reads made the browser
      // restyle the page to answer the second (18.9 ms at the lesson's start, in one task).
      const under =
        bar && getComputedStyle(bar).position === 'sticky' ? bar.offsetHeight + GAP : GAP;
      const heights = columns.map((column) => column.offsetHeight);
      const top = `${Math.round(under)}px`;
      columns.forEach((column, i) => {
        const stick = String(under + heights[i]! + GAP <= innerHeight);
        if (column.dataset.stick !== stick) column.dataset.stick = stick;
        if (column.style.getPropertyValue('--stick-top') !== top)
          column.style.setProperty('--stick-top', top);
      });
    };
    // No first call here: the observer reports every size once it starts, after the frame's own
    // layout and before its paint, so nothing is measured in a layout of its own.
    const observer = new ResizeObserver(update);
    for (const column of columns) observer.observe(column);
    if (bar) observer.observe(bar);
    addEventListener('resize', update);
    return () => {
      observer.disconnect();
      removeEventListener('resize', update);
    };
  }, [stage]);
}
