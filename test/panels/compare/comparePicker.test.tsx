import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ScenarioPicker } from '../../../src/panels/compare/ScenarioPicker';

const options = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf'].map((name) => ({ key: name.toLowerCase(), name }));

function Harness({ initial, onChange }: { initial: string[]; onChange?: (keys: string[]) => void }) {
  const [selected, setSelected] = useState(initial);
  return (
    <ScenarioPicker
      options={options}
      selected={selected}
      baselineKey="alpha"
      onChange={(keys) => {
        setSelected(keys);
        onChange?.(keys);
      }}
    />
  );
}

describe('ScenarioPicker', () => {
  it('names each checkbox by its scenario and keeps the baseline ticked and locked', () => {
    render(<Harness initial={['alpha', 'bravo', 'charlie']} />);
    expect(screen.getByRole('checkbox', { name: 'Alpha' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Alpha' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Delta' })).not.toBeChecked();
    expect(screen.getByRole('group', { name: 'Scenarios to compare' })).toBeInTheDocument();
  });

  it('adds and removes scenarios in workspace order', async () => {
    const onChange = vi.fn();
    render(<Harness initial={['alpha', 'charlie', 'delta']} onChange={onChange} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Bravo' }));
    expect(onChange).toHaveBeenLastCalledWith(['alpha', 'bravo', 'charlie', 'delta']);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Charlie' }));
    expect(onChange).toHaveBeenLastCalledWith(['alpha', 'bravo', 'delta']);
  });

  it('stops at six: the other boxes are disabled and the limit is said', async () => {
    render(<Harness initial={['alpha', 'bravo', 'charlie', 'delta', 'echo']} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Foxtrot' }));
    expect(screen.getByRole('checkbox', { name: 'Golf' })).toBeDisabled();
    expect(screen.getByRole('status')).toHaveTextContent('At most 6 scenarios');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Golf' }));
    expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(6);
  });

  it('never goes below two: the last box besides the baseline cannot be cleared', () => {
    render(<Harness initial={['alpha', 'bravo']} />);
    expect(screen.getByRole('checkbox', { name: 'Bravo' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: 'Charlie' })).toBeEnabled();
    expect(screen.getByText('Compare at least 2 scenarios.')).toBeInTheDocument();
  });
});
