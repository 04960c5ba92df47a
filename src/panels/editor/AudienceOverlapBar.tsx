import { useId } from 'react';
import type { AudiencePoint } from '../../engine/types';
import type { Formatters } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';

export interface AudienceOverlapBarProps {
  /** the audience's figures in the typical case */
  point: AudiencePoint;
  /** the name it is shown by, for the title */
  name: string;
  /** its reach in words, the drawing's text alternative */
  summary: string;
  /** formatters of the planner's language */
  f: Formatters;
}

/**
 * One bar of the audience's reach: the different people (solid) and the overlap, people reached
 * again (orange), over a track as long as the audience. The scale runs to the larger of the
 * audience and the total reach, so reach beyond the audience's size shows past the track's end.
 */
export function AudienceOverlapBar({ point, name, summary, f }: AudienceOverlapBarProps) {
  const { t } = useI18n();
  const id = useId();
  const overlap = Math.max(0, point.grossReach - point.reach);
  const end = Math.max(point.size, point.grossReach, 1);
  const pct = (v: number) => (v / end) * 100;
  const title = t('audiences.chart.title', { name });
  return (
    <div className="audience-bar">
      <svg viewBox="0 0 100 12" preserveAspectRatio="none" width="100%" height="12" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <rect className="audience-bar-track" x={0} y={0} width={pct(point.size)} height={12} rx={1} />
        <rect className="audience-bar-unique" x={0} y={2} width={pct(point.reach)} height={8} />
        <rect className="audience-bar-overlap" x={pct(point.reach)} y={2} width={pct(overlap)} height={8} />
        {point.grossReach > point.size && (
          <line className="audience-bar-end" x1={pct(point.size)} x2={pct(point.size)} y1={0} y2={12} vectorEffect="non-scaling-stroke" />
        )}
      </svg>
      <ul className="audience-bar-legend num">
        <li>
          <span className="audience-swatch is-unique" aria-hidden="true" />
          {t('audiences.chart.unique')} {f.countFit(point.reach)}
        </li>
        <li>
          <span className="audience-swatch is-overlap" aria-hidden="true" />
          {t('audiences.chart.overlap')} {f.countFit(overlap)}
        </li>
        <li>
          <span className="audience-swatch is-track" aria-hidden="true" />
          {t('audiences.chart.size')} {f.countFit(point.size)}
        </li>
      </ul>
    </div>
  );
}
