import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SelectField, type SelectOption } from '../../../src/panels/fields/SelectField';

type Fruit = 'apple' | 'pear' | 'plum';
const FRUITS: readonly SelectOption<Fruit>[] = [
  { value: 'plum', label: 'Plum' },
  { value: 'apple', label: 'Apple' },
  { value: 'pear', label: 'Pear' },
];

describe('SelectField', () => {
  it('names the select by its label and shows the chosen option', () => {
    render(<SelectField label="Fruit" value="apple" options={FRUITS} onChange={() => undefined} />);
    const select = screen.getByRole('combobox', { name: 'Fruit' });
    expect(screen.getByLabelText('Fruit')).toBe(select);
    expect(select).toHaveValue('apple');
    expect(select).toHaveDisplayValue('Apple');
    expect(select).not.toHaveAttribute('aria-describedby');
    expect(select.closest('.field')).toHaveClass('field', { exact: true });
  });

  it('lists the options in the order given, value and text', () => {
    render(<SelectField label="Fruit" value="apple" options={FRUITS} onChange={() => undefined} />);
    const options = screen.getAllByRole<HTMLOptionElement>('option');
    expect(options.map((o) => [o.value, o.textContent])).toEqual([
      ['plum', 'Plum'],
      ['apple', 'Apple'],
      ['pear', 'Pear'],
    ]);
  });

  it('hands onChange the chosen option value, once', () => {
    const onChange = vi.fn<(value: Fruit) => void>();
    render(<SelectField label="Fruit" value="apple" options={FRUITS} onChange={onChange} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Fruit' }), { target: { value: 'pear' } });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('pear');
  });

  it('takes an empty value as an option like any other (a "none" choice)', () => {
    const onChange = vi.fn<(value: string) => void>();
    const options = [{ value: '', label: 'None' }, { value: 'a1', label: 'Audience 1' }];
    render(<SelectField label="Audience" value="a1" options={options} onChange={onChange} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Audience' }), { target: { value: '' } });
    expect(onChange).toHaveBeenCalledWith('');
  });

  it('shows a hint under the select and describes the select by it', () => {
    render(<SelectField label="Fruit" value="apple" options={FRUITS} onChange={() => undefined} hint="Ripe ones only" className="wide" />);
    const select = screen.getByRole('combobox', { name: 'Fruit' });
    expect(select).toHaveAccessibleDescription('Ripe ones only');
    expect(select.nextElementSibling).toHaveTextContent('Ripe ones only');
    expect(select.closest('.field')).toHaveClass('field wide', { exact: true });
  });

  it('gives two fields with the same label their own ids', () => {
    render(
      <>
        <SelectField label="Fruit" value="apple" options={FRUITS} onChange={() => undefined} />
        <SelectField label="Fruit" value="pear" options={FRUITS} onChange={() => undefined} />
      </>,
    );
    const [first, second] = screen.getAllByRole('combobox', { name: 'Fruit' });
    expect(first?.id).not.toBe(second?.id);
    expect(second).toHaveValue('pear');
  });
});
