import { memo, useId, useState } from 'react';
import { LIMITS } from '../../engine/limits';
import type { Audience, LineItem } from '../../engine/schema';
import type { AudiencePoint } from '../../engine/types';
import { useI18n } from '../../i18n/i18n';
import { pluralKey } from '../../i18n/plural';
import { addAudience, audienceName, removeAudience, restoreAudience, type RemovedAudience } from './audienceOps';
import { AudienceRow } from './AudienceRow';
import type { ScenarioUpdate } from './ScenarioEditor';

export interface AudiencesSectionProps {
  /** the scenario's audiences, in file order */
  audiences: readonly Audience[];
  /** the scenario's line items, to say which use each audience */
  lineItems: readonly LineItem[];
  /** each audience's figures in the typical case, matched by id */
  points: readonly AudiencePoint[];
  /** applies an edit to the latest scenario */
  update: ScenarioUpdate;
}

/**
 * Pools of people that line items share (docs/MODEL.md §4): add, rename, resize and remove them,
 * with each one's overlap in words and a small bar, and an explanation of what overlap does.
 * Removing an audience unassigns its line items in the same edit, and offers to put it back.
 */
function AudiencesSectionImpl({ audiences, lineItems, points, update }: AudiencesSectionProps) {
  const { t, fmt } = useI18n();
  const id = useId();
  const f = fmt('EUR');
  const [removed, setRemoved] = useState<RemovedAudience | null>(null);
  // An undo may already have brought it back: then there is nothing to put back.
  const notice = removed && !audiences.some((a) => a.id === removed.audience.id) ? removed : null;

  const remove = (audienceId: string) => {
    let taken: RemovedAudience | null = null;
    update((s) => {
      const result = removeAudience(s, audienceId);
      taken = result.removed;
      return result.scenario;
    });
    setRemoved(taken);
  };
  const restore = (r: RemovedAudience) => {
    update((s) => restoreAudience(s, r));
    setRemoved(null);
  };

  return (
    <section className="editor-section card audiences-section" aria-labelledby={`${id}-heading`}>
      <div className="editor-section-head">
        <h3 id={`${id}-heading`}>{t('audiences.section')}</h3>
        {audiences.length > 0 && <span className="badge">{audiences.length}</span>}
      </div>
      <p className="editor-intro">{t('audiences.intro')}</p>
      {audiences.length === 0 && <p className="editor-empty">{t('audiences.empty')}</p>}
      {notice && (
        <div className="audience-removed" role="status">
          <span>
            {notice.lineItemIds.length === 0
              ? t('audiences.removed.unused', { name: audienceName(notice.audience) })
              : t(pluralKey(f.locale, 'audiences.removed', notice.lineItemIds.length), { name: audienceName(notice.audience), n: notice.lineItemIds.length })}
          </span>
          <button type="button" className="btn btn-sm" onClick={() => restore(notice)}>
            {t('audiences.restore')}
          </button>
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => setRemoved(null)}>
            {t('audiences.dismiss')}
          </button>
        </div>
      )}
      {audiences.map((audience) => (
        <AudienceRow
          key={audience.id}
          audience={audience}
          users={lineItems.filter((item) => item.audience === audience.id)}
          point={points.find((p) => p.id === audience.id)}
          update={update}
          onRemove={remove}
        />
      ))}
      <button
        type="button"
        className="btn"
        disabled={audiences.length >= LIMITS.audiences.max}
        onClick={() => update((s) => addAudience(s, (n) => t('audiences.untitled', { n })))}
      >
        {t('audiences.add')}
      </button>
      <details className="audience-explainer">
        <summary>{t('audiences.explain.title')}</summary>
        <p>{t('audiences.explain.random')}</p>
        <p>{t('audiences.explain.respond')}</p>
        <p>{t('audiences.explain.profit')}</p>
      </details>
    </section>
  );
}

export const AudiencesSection = memo(AudiencesSectionImpl);
