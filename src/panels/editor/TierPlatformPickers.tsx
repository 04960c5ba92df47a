import { memo } from 'react';
import { PLATFORMS, TIERS, type Platform, type Tier } from '../../engine/schema';
import { TIER_BOUNDS, type TierConvention } from '../../engine/tiers';
import { useI18n } from '../../i18n/i18n';
import { SelectField } from '../fields/SelectField';

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
  const n = fmt('EUR').number;
  const bounds = (option: Tier) => {
    const { min, max } = TIER_BOUNDS[convention][option];
    if (max === null) return t('editor.tier.above', { min: n(min) });
    if (min === 0) return t('editor.tier.below', { max: n(max + 1) });
    return t('editor.tier.between', { min: n(min), max: n(max) });
  };
  return (
    <>
      <SelectField
        label={t('editor.item.tier')}
        value={tier}
        options={TIERS.map((option) => ({ value: option, label: `${t(`editor.tier.${option}`)} (${bounds(option)})` }))}
        onChange={(next) => onPick(next, platform)}
      />
      <SelectField
        label={t('editor.item.platform')}
        value={platform}
        options={PLATFORMS.map((option) => ({ value: option, label: t(`editor.platform.${option}`) }))}
        onChange={(next) => onPick(tier, next)}
      />
    </>
  );
}

export const TierPlatformPickers = memo(TierPlatformPickersImpl);
