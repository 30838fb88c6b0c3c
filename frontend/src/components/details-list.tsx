import type { ReactNode } from 'react';

export type DetailRow = [label: string, value: ReactNode];

/** Label/value pairs as a description list (stacked on phones, side by side from 40rem). */
export function DetailsList({ rows }: { rows: DetailRow[] }) {
  return (
    <dl className="details">
      {rows.map(([label, value]) => (
        <div key={label} className="details__row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
