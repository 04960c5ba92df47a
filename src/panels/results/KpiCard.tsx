import { memo } from 'react';

export interface KpiCardProps {
  /** stable id of the figure, for tests and styling */
  id: string;
  /** what the figure is */
  label: string;
  /** the formatted figure, "—" when undefined; may be compact ("€1.5M") when `fullValue` is given */
  value: string;
  /** the figure in full ("€1,502,500") when `value` is its compact form: the accessible text and the tooltip */
  fullValue?: string;
  /** a short explanation or context line under the value */
  sub?: string;
  /** colours the value as a gain or a loss */
  tone?: 'profit' | 'loss';
  /** smaller type for long values such as ranges */
  compact?: boolean;
  /** the figure is waiting for the first simulation */
  pending?: boolean;
  /** the figure comes from a simulation that is being rerun: shown dimmed */
  stale?: boolean;
  /**
   * a thin bar under the value, e.g. the budget used: `filled` of the bar in the accent colour,
   * the rest (`over`) in the loss colour when the figure has gone past its limit. Decorative:
   * the value and `sub` say the same in words.
   */
  meter?: { filled: number; over: boolean };
}

/** One figure: label, value and an optional line of context. */
function KpiCardImpl({ id, label, value, fullValue, sub, tone, compact, pending, stale, meter }: KpiCardProps) {
  const classes = ['kpi-value', tone ? `is-${tone}` : '', compact ? 'kpi-range' : '', pending ? 'is-pending' : ''].filter(Boolean).join(' ');
  return (
    <div className={stale ? 'kpi is-stale' : 'kpi'} data-kpi={id} aria-busy={pending || undefined}>
      <span className="kpi-label">{label}</span>
      {fullValue === undefined ? (
        <span className={classes}>{value}</span>
      ) : (
        <span className={classes} title={fullValue}>
          <span aria-hidden="true">{value}</span>
          <span className="visually-hidden">{fullValue}</span>
        </span>
      )}
      {meter && (
        <span className={meter.over ? 'kpi-meter is-over' : 'kpi-meter'} aria-hidden="true">
          <span style={{ width: `${Math.round(Math.min(1, Math.max(0, meter.filled)) * 1000) / 10}%` }} />
        </span>
      )}
      {sub && <span className="kpi-sub">{sub}</span>}
    </div>
  );
}

// Most cards keep their text while a slider moves: only the changed ones rerender.
export const KpiCard = memo(KpiCardImpl);
