import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ComparisonRow } from '../../../src/engine/compare';
import { ComparisonTable } from '../../../src/panels/compare/ComparisonTable';

const columns = [
  { key: 'a', name: 'Baseline plan', currency: 'EUR' },
  { key: 'b', name: 'Cheaper plan', currency: 'EUR' },
  { key: 'c', name: 'US plan', currency: 'USD' },
];

/** Hand-made rows: profit (higher is better) where the US plan wins, cost (lower is better) where the cheaper plan does. */
const rows: ComparisonRow[] = [
  {
    key: 'profit',
    better: 'higher',
    cells: [
      { value: 1000, delta: null, deltaShare: null, best: false },
      { value: 800, delta: -200, deltaShare: -0.2, best: false },
      { value: 1500, delta: 500, deltaShare: 0.5, best: true },
    ],
  },
  {
    key: 'cost',
    better: 'lower',
    cells: [
      { value: 5000, delta: null, deltaShare: null, best: false },
      { value: 4000, delta: -1000, deltaShare: -0.2, best: true },
      { value: 6000, delta: 1000, deltaShare: 0.2, best: false },
    ],
  },
  {
    key: 'cpa',
    better: 'lower',
    cells: [
      { value: null, delta: null, deltaShare: null, best: false },
      { value: 20, delta: null, deltaShare: null, best: true },
      { value: 25, delta: null, deltaShare: null, best: false },
    ],
  },
];

function cell(row: string, column: string) {
  const table = screen.getByRole('table');
  const header = within(table).getAllByRole('columnheader').map((h) => h.textContent ?? '');
  const index = header.findIndex((h) => h.startsWith(column));
  const tr = within(table).getByRole('rowheader', { name: new RegExp(`^${row}`) }).closest('tr')!;
  return tr.children[index] as HTMLElement;
}

describe('ComparisonTable', () => {
  it('has one column per scenario and names the baseline', () => {
    render(<ComparisonTable columns={columns} rows={rows} baselineIndex={0} />);
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Metric', 'Baseline plan (baseline)', 'Cheaper plan', 'US plan']);
  });

  it('shows absolute and relative deltas against the baseline, with signs', () => {
    render(<ComparisonTable columns={columns} rows={rows} baselineIndex={0} />);
    expect(cell('Profit', 'Cheaper plan')).toHaveTextContent('€800');
    expect(cell('Profit', 'Cheaper plan')).toHaveTextContent('vs baseline: -\u2060€200 (-20%)');
    expect(cell('Cost', 'US plan')).toHaveTextContent('vs baseline: +US$1,000 (+20%)');
    expect(cell('Profit', 'Baseline plan')).not.toHaveTextContent('vs baseline');
  });

  it('formats each column in its own currency and undefined values as a dash', () => {
    render(<ComparisonTable columns={columns} rows={rows} baselineIndex={0} />);
    expect(cell('Profit', 'US plan')).toHaveTextContent('US$1,500');
    expect(cell('CPA', 'Baseline plan')).toHaveTextContent('—');
    expect(cell('CPA', 'Cheaper plan')).toHaveTextContent('vs baseline: — (—)');
  });

  it('marks the best value of each row in words, not by colour alone', () => {
    render(<ComparisonTable columns={columns} rows={rows} baselineIndex={0} />);
    expect(cell('Profit', 'US plan')).toHaveTextContent('★ best');
    expect(cell('Cost', 'Cheaper plan')).toHaveTextContent('★ best');
    expect(cell('Cost', 'US plan')).not.toHaveTextContent('best');
    expect(screen.getAllByText(/★ best/)).toHaveLength(3);
    expect(screen.getByRole('rowheader', { name: /^Cost/ })).toHaveTextContent('lower is better');
  });
});

describe('ComparisonTable ties', () => {
  it('marks nothing when every scenario has the same value', () => {
    const tied: ComparisonRow = {
      key: 'leads',
      better: 'higher',
      cells: columns.map(() => ({ value: 0, delta: 0, deltaShare: null, best: true })),
    };
    render(<ComparisonTable columns={columns} rows={[tied]} baselineIndex={0} />);
    expect(screen.queryByText(/★ best/)).toBeNull();
  });
});
