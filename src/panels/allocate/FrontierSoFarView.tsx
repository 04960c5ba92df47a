import { useMemo } from 'react';
import { FrontierChart } from '../../charts/FrontierChart';
import { FRONTIER_SHARES } from '../../engine/allocation/frontier';
import type { AllocationSettings } from '../../engine/allocation/settings';
import type { FrontierPoint, FrontierSoFar } from '../../engine/allocation/types';
import { useI18n } from '../../i18n/i18n';

export interface FrontierSoFarViewProps {
  soFar: FrontierSoFar;
  /** the settings of the allocation under way (not the scenario's, which may have been edited since the press) */
  settings: AllocationSettings;
  currency: string;
}

/**
 * The frontier of the allocation under way, as far as it is found (docs/MODEL.md §8): the latest
 * figures of each budget found, on the axis the whole frontier will take, and a status line that
 * says how many budgets are in. The result's frontier replaces it when the allocation is done.
 */
export function FrontierSoFarView({ soFar, settings, currency }: FrontierSoFarViewProps) {
  const { t, fmt } = useI18n();
  const f = fmt(currency);
  const points = useMemo(() => soFar.points.filter((p): p is FrontierPoint => p !== null).sort((a, b) => a.budget - b.budget), [soFar]);
  const total = soFar.points.length;
  const found = { found: f.number(points.length), total: f.number(total) };
  const top = Math.max(...FRONTIER_SHARES) * settings.budget;
  const summary = t('allocate.frontier.soFarSummary', { ...found, low: f.money(points[0]?.budget), high: f.money(points.at(-1)?.budget) });
  return (
    <section className="allocate-so-far" aria-label={t('allocate.frontier.title')}>
      <p role="status" className="allocate-so-far-status">
        {t('allocate.frontier.soFar', found)}
      </p>
      <FrontierChart points={points} budget={settings.budget} objective={settings.objective} maxLossProbability={settings.maxLossProbability} currency={currency} xMax={top} summary={summary} />
    </section>
  );
}
