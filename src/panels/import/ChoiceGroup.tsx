import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { ImportTarget } from './targets';

export interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

export interface ChoiceGroupProps<V extends string> {
  /** the question, the group's accessible name */
  legend: string;
  choices: readonly Choice<V>[];
  value: V;
  onChange(value: V): void;
}

/** A few radio buttons under a legend, each with an optional line saying what it does. */
export function ChoiceGroup<V extends string>({ legend, choices, value, onChange }: ChoiceGroupProps<V>) {
  const name = useId();
  return (
    <fieldset className="csv-choice">
      <legend>{legend}</legend>
      {choices.map((choice) => {
        const hintId = `${name}-${choice.value}-hint`;
        return (
          <div key={choice.value} className="csv-choice-item">
            <label>
              <input
                type="radio"
                name={name}
                value={choice.value}
                checked={value === choice.value}
                aria-describedby={choice.hint ? hintId : undefined}
                onChange={() => onChange(choice.value)}
              />
              <span className="csv-choice-label">{choice.label}</span>
            </label>
            {choice.hint && (
              <span id={hintId} className="csv-choice-hint">
                {choice.hint}
              </span>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

export interface TargetChoiceProps {
  /** the selected scenario's name */
  selectedName: string;
  /** what the other choice makes: a new scenario, or a copy of the selected one */
  otherLabel: string;
  value: ImportTarget;
  onChange(value: ImportTarget): void;
}

/** "Into": the selected scenario, or a new one beside it. */
export function TargetChoice({ selectedName, otherLabel, value, onChange }: TargetChoiceProps) {
  const { t } = useI18n();
  return (
    <ChoiceGroup<ImportTarget>
      legend={t('csvImport.into')}
      value={value}
      onChange={onChange}
      choices={[
        { value: 'selected', label: t('csvImport.into.selected', { name: selectedName }) },
        { value: 'new', label: otherLabel },
      ]}
    />
  );
}
