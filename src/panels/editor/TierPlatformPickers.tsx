import { memo, useId } from 'react';
import { PLATFORMS, TIERS, type Platform, type Tier } from '../../engine/schema';
import { TIER_BOUNDS, type TierConvention } from '../../engine/tiers';
import { useI18n } from '../../i18n/i18n';

export interface TierPlatformPickersProps {
  /** the line item's tier */
  tier: Tier;
  /** the line item's platform */
  platform: Platform;
  /** whose tier bounds the options show */
  convention: TierConvention;
  /** called with the new pair; the caller fills the benchmark defaults without asking */
  onPick: (tier: Tier, platform: Platform) => void;
}

/** Tier and platform selects; each tier option shows its follower bounds under the chosen convention. */
function TierPlatformPickersImpl({ tier, platform, convention, onPick }: TierPlatformPickersProps) {
  const { t, fmt } = useI18n();
  const id = useId();
  const n = fmt('EUR').number;
  const bounds = (option: Tier) => {
    const { min, max } = TIER_BOUNDS[convention][option];
    if (max === null) return t('editor.tier.above', { min: n(min) });
    if (min === 0) return t('editor.tier.below', { max: n(max + 1) });
    return t('editor.tier.between', { min: n(min), max: n(max) });
  };
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-tier`}>
          {t('editor.item.tier')}
        </label>
        <select id={`${id}-tier`} value={tier} onChange={(e) => onPick(e.target.value as Tier, platform)}>
          {TIERS.map((option) => (
            <option key={option} value={option}>
              {t(`editor.tier.${option}`)} ({bounds(option)})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-platform`}>
          {t('editor.item.platform')}
        </label>
        <select id={`${id}-platform`} value={platform} onChange={(e) => onPick(tier, e.target.value as Platform)}>
          {PLATFORMS.map((option) => (
            <option key={option} value={option}>
              {t(`editor.platform.${option}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

export const TierPlatformPickers = memo(TierPlatformPickersImpl);
