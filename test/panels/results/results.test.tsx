import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../src/i18n/i18n';
import { ResultsPanel, type ResultsPanelProps } from '../../../src/panels/results/ResultsPanel';
import { makeCashFlow, makeMonteCarlo, makePoint, makeScenario } from '../../charts/fixtures';

function renderPanel(overrides: Partial<ResultsPanelProps> = {}, lang: 'en' | 'nl' = 'en') {
  const props: ResultsPanelProps = {
    scenario: makeScenario(),
    point: makePoint(),
    cashFlow: makeCashFlow(),
    monteCarlo: makeMonteCarlo(),
    mcStatus: 'done',
    mcProgress: 1,
    ...overrides,
  };
  return render(
    <I18nProvider lang={lang}>
      <ResultsPanel {...props} />
    </I18nProvider>,
  );
}

const kpi = (container: HTMLElement, id: string) => {
  const card = container.querySelector(`[data-kpi="${id}"]`);
  if (!(card instanceof HTMLElement)) throw new Error(`no KPI card ${id}`);
  return card.querySelector('.kpi-value')?.textContent;
};

describe('KPI cards', () => {
  it('show the 19 figures formatted, with a dash for undefined metrics', () => {
    const { container } = renderPanel();
    const expected: Record<string, string> = {
      cost: '€18,000',
      netRevenue: '€8,280',
      profit: '€12,400',
      roi: '68.9%',
      roas: '3.20×',
      reach: '900,000',
      engagements: '72,000',
      clicks: '6,000',
      conversions: '150',
      cpm: '€14.58',
      cpe: '€0.25',
      cpc: '€3.00',
      cpa: '€120',
      cpl: '—',
      payback: 'week 6',
      probabilityOfLoss: '12.5%',
      roiRange: '-17% to 172%',
    };
    for (const [id, value] of Object.entries(expected)) expect([id, kpi(container, id)]).toEqual([id, value]);
    // 1,234,567 is nine characters, more than a card fits: compact, with the full figure as its title.
    const impressions = container.querySelector('[data-kpi="impressions"] .kpi-value')!;
    expect(impressions.getAttribute('title')).toBe('1,234,567');
    expect(impressions.querySelector('[aria-hidden="true"]')!.textContent).toMatch(/^1\.23M$/i);
    // Compact currency differs slightly between ICU builds (€31K, €31.0K), hence the pattern.
    expect(kpi(container, 'profitRange')).toMatch(/^-\u2060€3\.1K to €31(\.0)?K$/i);
    expect(container.querySelector('[data-kpi="cpl"]')).toHaveTextContent('no leads');
  });
  it('show media value beside ROI only when the scenario has a media CPM, and never change ROI', () => {
    const without = renderPanel();
    expect(without.container.querySelector('[data-kpi="mediaValue"]')).toBeNull();
    without.unmount();
    const { container } = renderPanel({ scenario: makeScenario({ mediaValueCpm: 8 }) });
    expect(kpi(container, 'mediaValue')).toBe('€9,876');
    expect(kpi(container, 'roi')).toBe('68.9%');
    const cards = [...container.querySelectorAll('[data-kpi]')].map((el) => el.getAttribute('data-kpi'));
    expect(cards.indexOf('mediaValue')).toBe(cards.indexOf('roi') + 1);
  });
  it('hold a placeholder for risk figures while the first simulation runs', () => {
    const { container } = renderPanel({ monteCarlo: null, mcStatus: 'running', mcProgress: 0.4 });
    for (const id of ['probabilityOfLoss', 'profitRange', 'roiRange']) {
      expect(kpi(container, id)).toBe('…');
      expect(container.querySelector(`[data-kpi="${id}"]`)).toHaveTextContent('simulating…');
    }
    expect(kpi(container, 'payback')).toBe('week 6');
    expect(screen.getByRole('progressbar', { name: 'Simulation progress' })).toHaveAttribute('value', '0.4');
    expect(screen.getByText('Simulating outcomes… 40%')).toBeInTheDocument();
  });
  it('keep the last risk figures, dimmed, while a new run is under way', () => {
    const { container } = renderPanel({ mcStatus: 'running', mcProgress: 0.25 });
    expect(kpi(container, 'probabilityOfLoss')).toBe('12.5%');
    expect(container.querySelector('[data-kpi="probabilityOfLoss"]')?.closest('.is-stale')).not.toBeNull();
    expect(container.querySelector('[data-kpi="cost"]')?.closest('.is-stale')).toBeNull();
    expect(container.querySelector('[data-kpi="payback"]')?.closest('.is-stale')).toBeNull();
    expect(screen.getByText('Updating the range of outcomes… 25%')).toBeInTheDocument();
  });
});

describe('risk summary', () => {
  it('puts the risk in plain words', () => {
    renderPanel();
    expect(screen.getByText('1 in 8 chance of losing money (12.5%)')).toBeInTheDocument();
    expect(screen.getByText('Profit in the median outcome €12,400; 90% of outcomes between -\u2060€3,100 and €31,000.')).toBeInTheDocument();
    expect(screen.getByText('The money comes back in week 6.')).toBeInTheDocument();
  });
  it('says when the money does not come back', () => {
    renderPanel({ cashFlow: makeCashFlow(false) });
    expect(screen.getByText('The money does not come back within the 12 weeks modelled.')).toBeInTheDocument();
    expect(screen.getAllByText('Does not pay back').length).toBeGreaterThan(0);
  });
});

describe('line-item table', () => {
  it('lists every line item with its payout, profit, ROI and break-even figures', async () => {
    renderPanel();
    // The table comes with the charts' chunk, after the headline figures.
    const table = await screen.findByRole('region', { name: 'Results by line item' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Micro creators on TikTok', 'Nano creators on Instagram']);
    const first = within(rows[0]!);
    for (const text of ['600,000', '€12,000', '-\u2060€9,723', '-81%', '€160', '9.77%', '€75.90']) expect(first.getByText(text)).toBeInTheDocument();
  });
});

describe('Dutch', () => {
  it('formats figures and words the Dutch way', async () => {
    const { container } = renderPanel({}, 'nl');
    expect(kpi(container, 'cost')).toBe('€\u00a018.000');
    expect(kpi(container, 'roi')).toBe('68,9%');
    expect(kpi(container, 'cpl')).toBe('—');
    expect(kpi(container, 'payback')).toBe('week 6');
    expect(screen.getByText('1 op 8 kans op verlies (12,5%)')).toBeInTheDocument();
    // The charts are a chunk of their own, arriving after the figures.
    expect(await screen.findByRole('heading', { name: 'Spreiding van de winst' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Resultaten per creatorgroep' })).toBeInTheDocument();
  });
});
