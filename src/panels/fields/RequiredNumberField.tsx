import { OptionalNumberField, type OptionalNumberFieldProps } from './OptionalNumberField';

export interface RequiredNumberFieldProps extends Omit<OptionalNumberFieldProps, 'value' | 'onChange' | 'emptyText' | 'required'> {
  /** the current value */
  value: number;
  /** called with a valid value only */
  onChange: (value: number) => void;
}

/**
 * A typed number that must be set, as the payout terms' thresholds, amounts, cap and tier rows
 * are: OptionalNumberField with emptied text refused like any other text that is not a number,
 * so the value never becomes "not set" and the caller only ever receives a number.
 */
export function RequiredNumberField({ onChange, ...props }: RequiredNumberFieldProps) {
  return <OptionalNumberField {...props} required emptyText="" onChange={(v) => v !== undefined && onChange(v)} />;
}
