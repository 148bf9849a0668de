import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/react';
import { bookBytes, capacity, CROWD_SIZES } from '../../sim/server/capacity';
import { SERVER_NAMES } from '../../sim/server/cluster';
import type { GuestBook } from '../../sim/server/guest-book';

/** Bytes in the units people read: B, KB, MB, GB (powers of 1000). */
function formatSize(bytes: number, lang: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: unit ? 1 : 0 }).format(value);
  return `${number} ${units[unit]}`;
}

/**
 * A busy day, scaled: the bytes one session takes in the store (measured from the guest book's
 * own rows), times a number of visitors the student picks, on one store or replicated on every
 * server.
 */
export function CapacityPanel({ book, servers }: { book: GuestBook; servers?: number }) {
  const { t, lang } = useTranslation();
  const sliderId = useId();
  const [index, setIndex] = useState(CROWD_SIZES.indexOf(1000));
  const count = CROWD_SIZES[index] ?? 1;
  const bytes = Math.round(bookBytes(book) / book.length);
  const n = servers ?? SERVER_NAMES.length;
  const cost = capacity(bytes, count, n);
  const size = (b: number) => formatSize(b, lang);
  const number = (v: number) => new Intl.NumberFormat(lang).format(v);
  return (
    <section className="capacity" aria-labelledby={`${sliderId}-title`} data-testid="capacity">
      <h4 id={`${sliderId}-title`}>{t('cluster.capacity.title')}</h4>
      <p>{t('cluster.capacity.measured', { bytes: number(bytes), rows: number(book.length) })}</p>
      <label htmlFor={sliderId}>{t('cluster.capacity.visitors')}</label>
      <div className="capacity-slider">
        <input
          id={sliderId}
          type="range"
          min={0}
          max={CROWD_SIZES.length - 1}
          step={1}
          value={index}
          aria-valuetext={number(count)}
          onChange={(e) => setIndex(Number(e.target.value))}
        />
        <output htmlFor={sliderId}>{number(count)}</output>
      </div>
      <ul className="capacity-costs" aria-live="polite">
        <li>{t('cluster.capacity.once', { count: number(count), size: size(cost.once) })}</li>
        <li>
          {t('cluster.capacity.replicated', {
            servers: n,
            size: size(cost.perServer),
            total: size(cost.replicated),
          })}
        </li>
        <li>{t('cluster.capacity.central', { size: size(cost.once) })}</li>
      </ul>
      <p className="muted">{t('cluster.capacity.note')}</p>
    </section>
  );
}
