import { useId } from 'react';

/** One bar: a label under it, a value, and the text a table shows for it. */
export interface Bar {
  label: string;
  value: number;
  display: string;
}

/**
 * A simple bar chart in SVG, drawn as an image with a title, followed by the same data as a table
 * (in a disclosure) for screen readers and anyone who prefers numbers.
 */
export function BarChart({
  title,
  bars,
  max,
  columns,
  tableLabel,
}: {
  title: string;
  bars: readonly Bar[];
  /** The top of the scale; the largest value when omitted. */
  max?: number;
  columns: [string, string];
  tableLabel: string;
}) {
  const id = useId();
  const top = Math.max(max ?? 0, ...bars.map((bar) => bar.value), 1);
  const width = 320;
  const height = 140;
  const chartHeight = 110;
  const margin = 18;
  const step = (width - 2 * margin) / Math.max(1, bars.length);
  const labelEvery = Math.ceil(bars.length / 5);
  return (
    <figure className="chart-figure">
      <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`}>
        <title id={`${id}-title`}>{title}</title>
        <line className="axis" x1={0} x2={width} y1={chartHeight} y2={chartHeight} />
        {bars.map((bar, index) => {
          const barHeight = (bar.value / top) * (chartHeight - 10);
          return (
            <g key={`${bar.label}-${String(index)}`}>
              <rect
                className="bar"
                x={margin + index * step + step * 0.15}
                width={step * 0.7}
                y={chartHeight - barHeight}
                height={barHeight}
                rx={2}
              />
              {index % labelEvery === 0 ? (
                <text x={margin + index * step + step / 2} y={height - 12} textAnchor="middle">
                  {bar.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <details>
        <summary>{tableLabel}</summary>
        <div className="table-scroll">
          <table className="data-table">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{columns[0]}</th>
                <th scope="col">{columns[1]}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((bar, index) => (
                <tr key={`${bar.label}-${String(index)}`}>
                  <th scope="row">{bar.label}</th>
                  <td>{bar.display}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
