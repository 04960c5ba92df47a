import { memo, useCallback, useId, useMemo, useState, type ChangeEvent } from 'react';
import { benchmarkDefaults } from '../../engine/defaults';
import { LIMITS } from '../../engine/limits';
import { RATE_KINDS, type Audience, type Economics, type LineItem, type Platform, type Rate, type RateKind, type RateRange, type Scenario, type Tier } from '../../engine/schema';
import { tierOfFollowers, type TierConvention } from '../../engine/tiers';
import { useI18n } from '../../i18n/i18n';
import { pluralKey } from '../../i18n/plural';
import { BenchmarkOffer } from './BenchmarkOffer';
import { assignAudience, audienceName } from './audienceOps';
import { CsvSourceNote } from './CsvSourceNote';
import { creatorBoundsIssue, paymentFallbacks } from './lineItemOps';
import { NumberField } from '../fields/NumberField';
import { withOptional } from '../fields/optional';
import { OptionalNumberField } from '../fields/OptionalNumberField';
import { PaymentFields } from './PaymentFields';
import { RateField } from './RateField';
import { SelectField } from '../fields/SelectField';
import { SourceNote } from './SourceNote';
import { typicalCreator } from './termsOps';
import { TierPlatformPickers } from './TierPlatformPickers';
import { acceptOffer, changeTierPlatform, type TierChange } from './tierChange';

export interface LineItemCardProps {
  /** the line item shown */
  item: LineItem;
  /** its position, for the fallback label and the move buttons */
  index: number;
  /** whether it is the last line item, to disable "Move down"; a boolean, so adding a line item rerenders only the old and the new last card */
  isLast: boolean;
  /** whether the card starts unfolded */
  defaultOpen: boolean;
  /** the scenario's audiences, for the audience picker (hidden when there are none); a stable array */
  audiences: readonly Audience[];
  /** currency code amounts are formatted in */
  currency: string;
  /** tier bounds the pickers show and the defaults use */
  convention: TierConvention;
  /** the scenario's economics, for the starting values of payment fields */
  economics: Economics;
  /** the scenario's notes, which say what came from the planner's CSV files; the same object until an import changes it */
  meta: Scenario['meta'];
  /** applies an edit to the line item with this id; stable across renders */
  onUpdate: (id: string, update: (item: LineItem) => LineItem) => void;
  /** moves the line item up (−1) or down (+1) */
  onMove: (id: string, delta: number) => void;
  /** inserts a copy after the line item */
  onDuplicate: (id: string) => void;
  /** removes the line item */
  onRemove: (id: string) => void;
}

const sameRange = (a: LineItem['reachRate'], b: RateRange) => typeof a !== 'number' && a.low === b.low && a.high === b.high;

/** One group of similar creators: a collapsible card with its header summary and every input of the group. */
function LineItemCardImpl(props: LineItemCardProps) {
  const { item, index, isLast, defaultOpen, audiences, currency, convention, economics, meta, onUpdate, onMove, onDuplicate, onRemove } = props;
  const { t, fmt } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(defaultOpen);
  const f = fmt(currency);
  const usd = fmt('USD');
  const table = useMemo(() => benchmarkDefaults(item.tier, item.platform, convention), [item.tier, item.platform, convention]);
  const fallbacks = useMemo(() => paymentFallbacks(item, economics, convention), [item, economics, convention]);
  const typical = useMemo(() => typicalCreator(item, economics), [item, economics]);
  const set = useCallback(<K extends keyof LineItem>(key: K, v: LineItem[K]) => onUpdate(item.id, (it) => ({ ...it, [key]: v })), [onUpdate, item.id]);
  // Stable per-field handlers keep the memoised fields of a card still while a sibling field changes.
  const setters = useMemo(
    () => ({
      label: (e: ChangeEvent<HTMLInputElement>) => set('label', e.target.value),
      creators: (v: number) => set('creators', v),
      minCreators: (v: number | undefined) => onUpdate(item.id, (it) => withOptional(it, 'minCreators', v)),
      maxCreators: (v: number | undefined) => onUpdate(item.id, (it) => withOptional(it, 'maxCreators', v)),
      posts: (v: number) => set('posts', v),
      followers: (v: number) => set('followers', v),
      payment: (v: LineItem['payment']) => set('payment', v),
      rate: Object.fromEntries(RATE_KINDS.map((kind) => [kind, (v: Rate) => set(kind, v)])) as Record<RateKind, (v: Rate) => void>,
    }),
    [set, onUpdate, item.id],
  );
  const labelFor = useCallback(
    (tier: Tier, platform: Platform) =>
      t('editor.item.autoLabel', { tier: t(`editor.tier.${tier}`), platform: t(`editor.platformInLabel.${platform}`) }),
    [t],
  );
  const [change, setChange] = useState<TierChange | null>(null);
  const pick = (tier: Tier, platform: Platform) => {
    const next = changeTierPlatform(item, tier, platform, convention, labelFor);
    onUpdate(item.id, (it) => changeTierPlatform(it, tier, platform, convention, labelFor).item);
    setChange(Object.keys(next.offer).length > 0 || next.followed.length > 0 ? next : null);
  };
  const accept = () => {
    const offer = change?.offer ?? {};
    onUpdate(item.id, (it) => acceptOffer(it, offer));
    setChange(null);
  };

  const title = item.label || t('editor.item.untitled', { n: index + 1 });
  const headingId = `${id}-heading`;
  const followersTable = table.followers.value;
  const followerTier = tierOfFollowers(item.followers, convention);
  const pct = (v: number) => f.percent(v, v < 0.001 ? 3 : v < 0.1 ? 2 : 1);
  const bounds = creatorBoundsIssue(item);
  const boundsText = bounds && t(`editor.item.${bounds.kind}`, bounds.kind === 'belowMin' ? { min: f.number(bounds.bound) } : { max: f.number(bounds.bound) });

  return (
    <section className="card line-item-card" aria-labelledby={headingId}>
      <header className="line-item-header">
        <button type="button" className="btn btn-ghost btn-icon line-item-toggle" aria-expanded={open} aria-controls={`${id}-body`} aria-label={t('editor.item.details')} onClick={() => setOpen((o) => !o)}>
          <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        </button>
        <div className="line-item-summary">
          <h4 id={headingId} className="line-item-title">{title}</h4>
          <p className="line-item-meta num">
            {t(`editor.tier.${item.tier}`)} · {t(`editor.platform.${item.platform}`)} ·{' '}
            {t('editor.item.counts', {
              creators: t(pluralKey(f.locale, 'editor.item.creatorCount', item.creators), { n: f.count(item.creators) }),
              posts: t(pluralKey(f.locale, 'editor.item.postCount', item.posts), { n: f.count(item.posts) }),
            })}
          </p>
          <CsvSourceNote meta={meta} item={item} />
          {/* A folded card still says its creators are out of bounds; unfolded, the field says it. */}
          {boundsText && !open && (
            <p className="line-item-meta field-warning">
              {boundsText}
            </p>
          )}
        </div>
        <div className="line-item-actions">
          <button type="button" className="btn btn-ghost btn-sm" disabled={index === 0} onClick={() => onMove(item.id, -1)} aria-label={t('editor.item.moveUp')} title={t('editor.item.moveUp')}>↑</button>
          <button type="button" className="btn btn-ghost btn-sm" disabled={isLast} onClick={() => onMove(item.id, 1)} aria-label={t('editor.item.moveDown')} title={t('editor.item.moveDown')}>↓</button>
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => onDuplicate(item.id)}>{t('editor.item.duplicate')}</button>
          <button type="button" className="btn btn-ghost btn-sm line-item-remove" onClick={() => onRemove(item.id)}>{t('editor.item.remove')}</button>
        </div>
      </header>
      {open && (
        <div id={`${id}-body`} className="line-item-body">
          <div className="editor-grid">
            <div className="field field-wide">
              <label htmlFor={`${id}-label`}>
                {t('editor.item.label')}
              </label>
              <input id={`${id}-label`} type="text" maxLength={LIMITS.labelLength} value={item.label} onChange={setters.label} />
            </div>
            <TierPlatformPickers tier={item.tier} platform={item.platform} convention={convention} onPick={pick} />
            {audiences.length > 0 && (
              <SelectField
                label={t('editor.item.audience')}
                value={item.audience ?? ''}
                options={[{ value: '', label: t('editor.item.audience.none') }, ...audiences.map((a) => ({ value: a.id, label: audienceName(a) }))]}
                onChange={(chosen) => onUpdate(item.id, (it) => assignAudience(it, chosen === '' ? undefined : chosen, audiences))}
                hint={t('editor.item.audience.hint')}
              />
            )}
          </div>
          {change && (
            <BenchmarkOffer tier={item.tier} platform={item.platform} change={change} currency={currency} onAccept={accept} onDismiss={() => setChange(null)} />
          )}
          <div className="editor-grid">
            <NumberField
              label={t('editor.item.creators')}
              value={item.creators}
              min={LIMITS.creators.min}
              max={LIMITS.creators.max}
              integer
              sliderMax={200}
              currency={currency}
              onChange={setters.creators}
              note={
                <>
                  <div className="creator-bounds">
                    <OptionalNumberField
                      label={t('editor.item.minCreators')}
                      hint={t('editor.item.minCreators.hint')}
                      emptyText={t('editor.item.boundNone')}
                      value={item.minCreators}
                      min={LIMITS.creators.min}
                      max={item.maxCreators ?? LIMITS.creators.max}
                      integer
                      onChange={setters.minCreators}
                    />
                    <OptionalNumberField
                      label={t('editor.item.maxCreators')}
                      hint={t('editor.item.maxCreators.hint')}
                      emptyText={t('editor.item.boundNone')}
                      value={item.maxCreators}
                      min={item.minCreators ?? LIMITS.creators.min}
                      max={LIMITS.creators.max}
                      integer
                      onChange={setters.maxCreators}
                    />
                  </div>
                  {boundsText && (
                    <p className="field-warning" role="status">
                      {boundsText}
                    </p>
                  )}
                </>
              }
            />
            <NumberField label={t('editor.item.posts')} value={item.posts} min={LIMITS.posts.min} max={LIMITS.posts.max} integer sliderMax={30} currency={currency} onChange={setters.posts} />
            <NumberField
              label={t('editor.item.followers')}
              hint={t('editor.item.followersHint')}
              value={item.followers}
              min={LIMITS.followers.min}
              max={LIMITS.followers.max}
              scale="log"
              sliderMin={100}
              sliderMax={100_000_000}
              onChange={setters.followers}
              note={
                <>
                  <SourceNote
                    tableValue={`${f.number(followersTable.typical)} (${f.number(followersTable.low)} – ${f.number(followersTable.high)})`}
                    note={table.followers.note}
                    tags={table.followers.tags}
                    edited={item.followers !== followersTable.typical}
                  />
                  {followerTier !== item.tier && (
                    <p className="tier-mismatch">{t('editor.item.tierMismatch', { tier: t(`editor.tier.${followerTier}`) })}</p>
                  )}
                </>
              }
            />
          </div>
          <h5 className="editor-subheading">{t('editor.item.rates')}</h5>
          <div className="editor-grid editor-grid-wide">
            {RATE_KINDS.map((kind) => {
              const sourced = kind === 'leadRate' ? undefined : table[kind];
              const calibrated = <CsvSourceNote meta={meta} item={item} rate={kind} />;
              return (
                <RateField
                  key={kind}
                  kind={kind}
                  label={t(`editor.rate.${kind}`)}
                  hint={t(`editor.rate.${kind}.hint`)}
                  value={item[kind]}
                  max={kind === 'reachRate' ? LIMITS.reachRate.max : LIMITS.rate.max}
                  onChange={setters.rate[kind]}
                  note={
                    <>
                      {calibrated}
                      {sourced && (
                        <SourceNote
                          tableValue={`${pct(sourced.value.low)} – ${pct(sourced.value.high)}`}
                          note={sourced.note}
                          tags={sourced.tags}
                          edited={!sameRange(item[kind], sourced.value)}
                        />
                      )}
                    </>
                  }
                />
              );
            })}
          </div>
          <h5 className="editor-subheading">{t('editor.item.payment')}</h5>
          <PaymentFields
            payment={item.payment}
            currency={currency}
            fallbacks={fallbacks}
            onChange={setters.payment}
            typical={typical}
            feeNote={
              <SourceNote
                tableValue={t('editor.source.fee', { low: usd.money(table.feePerPost.value.low), typical: usd.money(table.feePerPost.value.typical), high: usd.money(table.feePerPost.value.high) })}
                note={table.feePerPost.note}
                tags={table.feePerPost.tags}
                edited={item.payment.feePerPost !== table.feePerPost.value.typical}
              />
            }
          />
        </div>
      )}
    </section>
  );
}

export const LineItemCard = memo(LineItemCardImpl);
