import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { LIMITS } from '../../engine/limits';
import { projectPoint } from '../../engine/point';
import { applyRoster } from '../../engine/roster/applyRoster';
import type { Platform, Scenario, Tier } from '../../engine/schema';
import type { RosterRead } from '../../io/csv/parseCsvFile';
import { useI18n } from '../../i18n/i18n';
import { pluralKey } from '../../i18n/plural';
import { useSelectedScenario } from '../../store';
import { ChoiceGroup, TargetChoice } from './ChoiceGroup';
import { CsvRowsTable } from './CsvRowsTable';
import { ReadSummary } from './ReadSummary';
import { emptyLike, type ImportTarget } from './targets';
import { useApplyToWorkspace } from './useApplyToWorkspace';

export interface RosterPreviewProps {
  read: RosterRead;
  fileName: string;
  onCancel(): void;
  /** the import went into the workspace */
  onApplied(): void;
}

type Shape = 'perCreator' | 'grouped';

/**
 * A creator list before it is imported: the rows, what was refused and why, one line item per
 * creator or grouped, into which scenario, and what that makes (line items, audiences, the typical
 * profit). Nothing touches the workspace until Apply, which is one undoable step.
 */
export function RosterPreview({ read, fileName, onCancel, onApplied }: RosterPreviewProps) {
  const { t, fmt } = useI18n();
  const selected = useSelectedScenario().scenario;
  const apply = useApplyToWorkspace();
  // A list too long for a line item each starts grouped, so Apply works at once.
  const [shape, setShape] = useState<Shape>(selected.lineItems.length + read.rows.length > LIMITS.lineItems.max ? 'grouped' : 'perCreator');
  const [target, setTarget] = useState<ImportTarget>('selected');
  const newName = t('csvImport.newName', { file: fileName });
  const base = useMemo(() => (target === 'selected' ? selected : emptyLike(selected, newName)), [target, selected, newName]);
  const groupLabel = useCallback(
    (tier: Tier, platform: Platform, audience: string | null) => {
      const label = t('editor.item.autoLabel', { tier: t(`editor.tier.${tier}`), platform: t(`editor.platformInLabel.${platform}`) });
      return audience === null ? label : `${label} (${audience})`;
    },
    [t],
  );
  // The rows and options reach the import a render later: the dialog paints its table first, and
  // a 20,000-row list is not made into line items in the same task as that first paint.
  const rows = useDeferredValue(read.rows, null);
  const imported = useMemo(
    () => (rows === null || rows.length === 0 ? null : applyRoster(base, rows, { grouped: shape === 'grouped', file: fileName, groupLabel })),
    [base, rows, shape, fileName, groupLabel],
  );
  const made = imported?.ok ? imported : null;
  const profits = useMemo(() => (made ? { before: projectPoint(base).totals.profit, after: projectPoint(made.scenario).totals.profit } : null), [base, made]);

  const f = fmt(base.currency);
  const items = (n: number) => t(pluralKey(f.locale, 'csvImport.lineItems', n), { n: f.count(n) });
  const run = () => {
    if (!made) return;
    const name = made.scenario.name;
    apply(made.scenario, target, t('csvImport.roster.done', { items: items(made.lineItemIds.length), file: fileName, name }));
    onApplied();
  };

  return (
    <>
      <ReadSummary
        read={read}
        fileName={fileName}
        notices={made?.notices.filter((n) => n.code !== 'audienceCreated') ?? []}
        problem={imported && !imported.ok ? imported.error : null}
      />
      {read.rows.length > 0 && (
        <div className="csv-options">
          <ChoiceGroup<Shape>
            legend={t('csvImport.roster.shape')}
            value={shape}
            onChange={setShape}
            choices={[
              { value: 'perCreator', label: t('csvImport.roster.perCreator'), hint: t('csvImport.roster.perCreator.hint') },
              { value: 'grouped', label: t('csvImport.roster.grouped'), hint: t('csvImport.roster.grouped.hint') },
            ]}
          />
          <TargetChoice selectedName={selected.name} otherLabel={t('csvImport.into.new', { name: newName })} value={target} onChange={setTarget} />
        </div>
      )}
      {rows === null && read.rows.length > 0 && (
        <p className="csv-outcome" aria-busy="true">
          {t('csvImport.working')}
        </p>
      )}
      {made && (
        <div className="csv-outcome" aria-live="polite">
          <p>
            {target === 'selected'
              ? t('csvImport.roster.adds', { items: items(made.lineItemIds.length), name: selected.name })
              : t('csvImport.roster.makes', { items: items(made.lineItemIds.length), name: newName })}{' '}
            {profits &&
              (target === 'selected'
                ? t('csvImport.profit', { before: f.money(profits.before), after: f.money(profits.after) })
                : t('csvImport.profit.new', { after: f.money(profits.after) }))}
          </p>
          {made.createdAudiences.length > 0 && <CreatedAudiences audiences={made.createdAudiences} />}
        </div>
      )}
      {(read.rows.length > 0 || read.rejected.length > 0) && <CsvRowsTable read={read} fileName={fileName} currency={base.currency} />}
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onCancel}>
          {t('csvImport.cancel')}
        </button>
        {made && (
          <button type="button" className="btn btn-primary" onClick={run}>
            {t('csvImport.roster.apply', { items: items(made.lineItemIds.length) })}
          </button>
        )}
      </div>
    </>
  );
}

function CreatedAudiences({ audiences }: { audiences: NonNullable<Scenario['audiences']> }) {
  const { t, fmt } = useI18n();
  const f = fmt('EUR');
  return (
    <section className="csv-audiences" aria-label={t('csvImport.audiences.title')}>
      <h3 className="csv-subheading">{t('csvImport.audiences.title')}</h3>
      <p>{t('csvImport.audiences.intro')}</p>
      <ul>
        {audiences.map((a) => (
          <li key={a.id}>{t('csvImport.audiences.item', { name: a.label ?? a.id, size: f.count(a.size) })}</li>
        ))}
      </ul>
    </section>
  );
}
