import { useI18n } from '../../i18n/i18n';
import { MAX_COMPARED, MIN_COMPARED } from './selection';

export interface PickerOption {
  /** stable key of the workspace entry */
  key: string;
  /** scenario name: the checkbox's accessible name */
  name: string;
}

export interface ScenarioPickerProps {
  /** every scenario of the workspace, in order */
  options: readonly PickerOption[];
  /** keys currently compared */
  selected: readonly string[];
  /** the baseline: always compared, its box cannot be cleared */
  baselineKey: string;
  /** receives the new list of compared keys */
  onChange: (keys: string[]) => void;
}

/** Checkboxes for the 2–6 compared scenarios; boxes that would break the limits are disabled, and the reason is said. */
export function ScenarioPicker({ options, selected, baselineKey, onChange }: ScenarioPickerProps) {
  const { t } = useI18n();
  const chosen = new Set(selected);
  const full = chosen.size >= MAX_COMPARED;
  const minimal = chosen.size <= MIN_COMPARED;
  const toggle = (key: string, on: boolean) => onChange(options.filter((o) => (o.key === key ? on : chosen.has(o.key))).map((o) => o.key));
  return (
    <fieldset className="card compare-picker">
      <legend>{t('compare.picker.legend')}</legend>
      <ul>
        {options.map((o) => {
          const checked = chosen.has(o.key);
          const isBaseline = o.key === baselineKey;
          const disabled = isBaseline || (checked ? minimal : full);
          return (
            <li key={o.key}>
              <label>
                <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => toggle(o.key, e.target.checked)} />
                {o.name}
              </label>
              {isBaseline && <span className="compare-note"> {t('compare.picker.baseline')}</span>}
            </li>
          );
        })}
      </ul>
      {options.length < MIN_COMPARED ? (
        <p className="compare-note">{t('compare.picker.only')}</p>
      ) : full && options.length > MAX_COMPARED ? (
        <p className="compare-note" role="status">{t('compare.picker.max', { n: MAX_COMPARED })}</p>
      ) : minimal ? (
        <p className="compare-note">{t('compare.picker.min', { n: MIN_COMPARED })}</p>
      ) : null}
    </fieldset>
  );
}
