import { useId } from 'react';

type Point = { label: string; value: number; text: string };

/**
 * A small bar chart in inline SVG (no chart library): one bar per day, the largest value on top.
 * Screen readers get the same numbers as a table; the picture itself is aria-hidden.
 */
export function BarChart({ title, points }: { title: string; points: Point[] }) {
  const titleId = useId();
  const max = Math.max(1, ...points.map((p) => p.value));
  const width = 300;
  const height = 120;
  const gap = 2;
  const bar = points.length ? width / points.length - gap : 0;
  return (
    <figure className="chart" aria-labelledby={titleId}>
      <figcaption id={titleId} className="chart__title">{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height + 16}`} className="chart__svg" aria-hidden="true" direction="ltr">
        <line x1={0} y1={height} x2={width} y2={height} className="chart__axis" />
        {points.map((p, i) => {
          const h = (p.value / max) * (height - 4);
          return (
            <rect key={p.label} x={i * (bar + gap)} y={height - h} width={Math.max(1, bar)} height={h} className="chart__bar">
              <title>{`${p.label}: ${p.text}`}</title>
            </rect>
          );
        })}
        {points.length > 0 && (
          <>
            <text x={0} y={height + 13} className="chart__label">
              {points[0].label}
            </text>
            <text x={width} y={height + 13} textAnchor="end" className="chart__label">
              {points[points.length - 1].label}
            </text>
          </>
        )}
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <tbody>
          {points.map((p) => (
            <tr key={p.label}>
              <th scope="row">{p.label}</th>
              <td>{p.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
