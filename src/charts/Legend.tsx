export interface LegendItem {
  /** label shown next to the swatch */
  label: string;
  /** CSS colour, usually var(--…) */
  colour: string;
  /** swatch shape: a filled box for bars and areas, a line for lines and rules */
  shape?: 'box' | 'line' | 'dashed' | 'hatched';
}

export interface LegendProps {
  /** the series of the chart, in drawing order */
  items: readonly LegendItem[];
}

/** A wrapping legend in HTML above the plot, so it never covers data and reflows on phones. */
export function Legend({ items }: LegendProps) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <span className={`chart-swatch chart-swatch-${item.shape ?? 'box'}`} style={{ color: item.colour }} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
