import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChartDataTable } from '../../src/charts/ChartDataTable';

describe('ChartDataTable', () => {
  it('names itself by its caption, with column headers and one row header per row', () => {
    render(<ChartDataTable caption="Funnel" columns={['Step', 'Count']} rows={[{ key: 'a', header: 'Clicks', cells: ['1,315'] }]} />);
    const table = screen.getByRole('table', { name: 'Funnel' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Step', 'Count']);
    expect(within(table).getByRole('rowheader', { name: 'Clicks' }).closest('tr')).toHaveTextContent('Clicks1,315');
  });

  it('has no header row for a name/value table', () => {
    render(<ChartDataTable caption="Payback" rows={[{ key: 1, header: 'Plan A', cells: ['week 2'] }, { key: 2, header: 'Plan B', cells: ['never'] }]} />);
    expect(screen.queryAllByRole('columnheader')).toEqual([]);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Plan A', 'Plan B']);
  });
});
