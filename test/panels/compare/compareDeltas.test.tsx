import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ComparisonRow } from '../../../src/engine/compare';
import { I18nProvider } from '../../../src/i18n/i18n';
import { ComparisonTable } from '../../../src/panels/compare/ComparisonTable';

const columns = [
  { key: 'a', name: 'Baseline plan', currency: 'EUR' },
  { key: 'b', name: 'Hybrid plan', currency: 'EUR' },
];

// ROI from 95.6% to 91.2%: 4.4 percentage points down, and 0.044 / 0.956 = 4.6% down relative to
// the baseline. Conversions from 12.4 to 3.456: -8.944 (-72.1%), a count shown to two digits.
const rows: ComparisonRow[] = [
  {
    key: 'roi',
    better: 'higher',
    cells: [
      { value: 0.956, delta: null, deltaShare: null, best: true },
      { value: 0.912, delta: 0.912 - 0.956, deltaShare: (0.912 - 0.956) / 0.956, best: false },
    ],
  },
  {
    key: 'conversions',
    better: 'higher',
    cells: [
      { value: 12.4, delta: null, deltaShare: null, best: true },
      { value: 3.456, delta: 3.456 - 12.4, deltaShare: (3.456 - 12.4) / 12.4, best: false },
    ],
  },
];

function cell(row: string) {
  const tr = within(screen.getByRole('table')).getByRole('rowheader', { name: new RegExp(`^${row}`) }).closest('tr')!;
  return tr.children[2] as HTMLElement;
}

describe('Compare deltas', () => {
  it('give a change of ROI in percentage points and its relative change in percent, never mixed', () => {
    render(<ComparisonTable columns={columns} rows={rows} baselineIndex={0} />);
    expect(cell('ROI')).toHaveTextContent('91.2%vs baseline: -4.4 pp (-4.6%)');
    expect(cell('Conversions')).toHaveTextContent('3.5vs baseline: -8.9 (-72.1%)');
  });

  it('in Dutch', () => {
    render(
      <I18nProvider lang="nl">
        <ComparisonTable columns={columns} rows={rows} baselineIndex={0} />
      </I18nProvider>,
    );
    expect(cell('ROI')).toHaveTextContent('t.o.v. basis: -4,4 procentpunt (-4,6%)');
  });
});
