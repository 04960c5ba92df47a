import { useId } from 'react';
import { LIMITS } from '../../engine/limits';
import type { Audience, LineItem } from '../../engine/schema';
import type { AudiencePoint } from '../../engine/types';
import type { Formatters } from '../../i18n/format';
import { useI18n, type Translate } from '../../i18n/i18n';
import { pluralKey } from '../../i18n/plural';
import { AudienceOverlapBar } from './AudienceOverlapBar';
import { audienceName, updateAudience } from './audienceOps';
import { NumberField } from '../fields/NumberField';
import type { ScenarioUpdate } from './ScenarioEditor';

export interface AudienceRowProps {
  /** the audience edited */
  audience: Audience;
  /** the line items assigned to it */
  users: readonly LineItem[];
  /** its figures in the typical case; absent for a moment after it is added */
  point: AudiencePoint | undefined;
  /** applies an edit to the latest scenario */
  update: ScenarioUpdate;
  /** removes it (and unassigns its line items) */
  onRemove: (id: string) => void;
}

/** At most this many line item names follow "Used by n line items:". */
const NAMES_SHOWN = 3;

/** Percentages of reach read whole ("53%"), small ones with a decimal ("0.4%") so they do not read as none. */
const share = (f: Formatters, v: number) => f.percent(v, v > 0 && v < 0.1 ? 1 : 0);

/** The audience's reach in words: what it reached, how many different people, and how much is overlap. */
export function reachSentences(p: AudiencePoint, t: Translate, f: Formatters): string[] {
  if (!(p.grossReach > 0)) return [t('audiences.nothing')];
  const reached = t('audiences.reached', { gross: f.countFit(p.grossReach), unique: f.countFit(p.reach), penetration: share(f, p.penetration) });
  // Below a twentieth of a percent, the overlap would print as "0%": there is none worth naming.
  const overlap = 1 - p.saturation;
  if (overlap < 0.0005) return [reached, t('audiences.noOverlap')];
  return [reached, t('audiences.overlap', { overlap: share(f, overlap), saturation: share(f, p.saturation) })];
}

/** One audience: its name and size, which line items use it, and how much of their reach is overlap. */
export function AudienceRow({ audience, users, point, update, onRemove }: AudienceRowProps) {
  const { t, fmt } = useI18n();
  const id = useId();
  const f = fmt('EUR');
  const name = audienceName(audience);
  const sentences = point ? reachSentences(point, t, f) : [];
  const names = users.slice(0, NAMES_SHOWN).map((item) => item.label || item.id);
  const list = users.length > NAMES_SHOWN ? `${names.join(', ')}, …` : names.join(', ');
  return (
    <div className="audience-row" role="group" aria-label={name}>
      <div className="entry-row">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('audiences.name')}</label>
          <input
            id={`${id}-name`}
            type="text"
            maxLength={LIMITS.labelLength}
            value={audience.label ?? ''}
            onChange={(e) => {
              const label = e.target.value;
              update((s) => updateAudience(s, audience.id, { label }));
            }}
          />
        </div>
        <NumberField
          label={t('audiences.size')}
          hint={t('audiences.size.hint')}
          value={audience.size}
          min={LIMITS.audienceSize.min}
          max={LIMITS.audienceSize.max}
          integer
          scale="log"
          sliderMin={10_000}
          sliderMax={1_000_000_000}
          onChange={(size) => update((s) => updateAudience(s, audience.id, { size }))}
        />
        <button type="button" className="btn btn-ghost btn-sm entry-remove audience-remove" onClick={() => onRemove(audience.id)}>
          {t('audiences.remove')}
        </button>
      </div>
      <p className="audience-users">
        {users.length === 0 ? t('audiences.usedBy.none') : t(pluralKey(f.locale, 'audiences.usedBy', users.length), { n: users.length, names: list })}
      </p>
      {point && users.length > 0 && (
        <>
          <p className="audience-reach">{sentences.join(' ')}</p>
          <AudienceOverlapBar point={point} name={name} summary={sentences.join(' ')} f={f} />
        </>
      )}
    </div>
  );
}
