/**
 * Figures over a whole guest book (its bytes, its soonest expiry), kept up to date from what
 * changed. The world is never changed in place: a new book shares every row an exchange left alone
 * with the book before it, so a busy day's 100,000 rows are compared by identity (a pointer each)
 * and only the rows that differ are read.
 */
import { expiresAt, type GuestBookRow } from './guest-book';

type Book = readonly GuestBookRow[];

/** Past this many differing rows, reading the whole book again costs no more. */
const MAX_CHANGES = 512;
/** Books remembered as starting points (a cluster shows one book per server). */
const RECENT = 4;

export interface BookChanges {
  removed: GuestBookRow[];
  added: GuestBookRow[];
}

/**
 * The rows of `before` missing from `after` and the rows of `after` new to it; null when more than
 * MAX_CHANGES differ. Every row of either book is either the very same object in the other or
 * listed here, so a sum over `after` is the sum over `before` less the removed plus the added,
 * whatever moved. Worked out once per pair: every figure of a book asks the same question.
 */
export function changedRows(before: Book, after: Book): BookChanges | null {
  let from = changesOf.get(after);
  if (!from) changesOf.set(after, (from = new WeakMap()));
  if (from.has(before)) return from.get(before)!;
  const changes = walk(before, after);
  from.set(before, changes);
  return changes;
}

// Weak on both books: an entry that held its `before` would keep every earlier book alive (each
// new book's entry holding the one before it), the whole history of a class's walks.
const changesOf = new WeakMap<Book, WeakMap<Book, BookChanges | null>>();

function walk(before: Book, after: Book): BookChanges | null {
  const removed: GuestBookRow[] = [];
  const added: GuestBookRow[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length && j < after.length) {
    // The rows both books share, in a loop of its own that the engine makes fast: an exchange
    // changes a row or two of a busy day's 100,000.
    while (i < before.length && j < after.length && before[i] === after[j]) {
      i++;
      j++;
    }
    if (i === before.length || j === after.length) break;
    if (before[i + 1] === after[j]) {
      removed.push(before[i++]!);
    } else if (before[i] === after[j + 1]) {
      added.push(after[j++]!);
    } else {
      removed.push(before[i++]!);
      added.push(after[j++]!);
    }
    if (removed.length + added.length > MAX_CHANGES) return null;
  }
  if (removed.length + added.length + (before.length - i) + (after.length - j) > MAX_CHANGES) {
    return null;
  }
  while (i < before.length) removed.push(before[i++]!);
  while (j < after.length) added.push(after[j++]!);
  return { removed, added };
}

/**
 * A figure over a book, computed once per book: from a recent book and the rows that differ when
 * `update` can (it returns null when it cannot), else by `full`.
 */
export function bookFigure<T>(
  full: (book: Book) => T,
  update: (figure: T, changes: BookChanges) => T | null,
): (book: Book) => T {
  const known = new WeakMap<Book, T>();
  let recent: Book[] = [];
  return (book) => {
    if (known.has(book)) return known.get(book)!;
    let figure: T | null = null;
    for (const before of recent) {
      const changes = changedRows(before, book);
      figure = changes && update(known.get(before)!, changes);
      if (figure !== null) break;
    }
    figure ??= full(book);
    known.set(book, figure);
    recent = [book, ...recent].slice(0, RECENT);
    return figure;
  };
}

/** The soonest expiry in a book, and how many rows share it. */
interface Soonest {
  at: number | null;
  count: number;
}

/** `figure` with these rows counted in (the figure is the caller's own copy). */
function countIn(figure: Soonest, rows: readonly GuestBookRow[]): Soonest {
  for (const row of rows) {
    const e = expiresAt(row);
    if (e === null) continue;
    if (figure.at === null || e < figure.at) {
      figure.at = e;
      figure.count = 1;
    } else if (e === figure.at) figure.count++;
  }
  return figure;
}

const soonest = bookFigure<Soonest>(
  (book) => countIn({ at: null, count: 0 }, book),
  ({ at, count }, { removed, added }) => {
    for (const row of removed) if (at !== null && expiresAt(row) === at) count--;
    const figure = countIn({ at, count }, added);
    // Every row that expired soonest is gone: only the whole book knows which comes next.
    return figure.at !== null && figure.count <= 0 ? null : figure;
  },
);

/** Whether any row of the book has expired by `now` (the clock panel asks at every exchange). */
export function hasExpiredRow(book: readonly GuestBookRow[], now: number): boolean {
  const { at } = soonest(book);
  return at !== null && at <= now;
}
