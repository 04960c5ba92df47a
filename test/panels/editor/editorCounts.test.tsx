import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../src/i18n/i18n';
import { ScenarioEditor } from '../../../src/panels/editor/ScenarioEditor';
import { exampleScenario } from '../fixtures';

function renderOneItem(creators: number, posts: number, lang: 'en' | 'nl' = 'en') {
  const s = exampleScenario();
  const scenario = { ...s, lineItems: [{ ...s.lineItems[0]!, label: 'Group', creators, posts }] };
  render(
    <I18nProvider lang={lang}>
      <ScenarioEditor scenario={scenario} onChange={() => {}} />
    </I18nProvider>,
  );
  return within(screen.getByRole('region', { name: 'Group' }));
}

describe('line item summary counts', () => {
  it('read singular and plural as counts', () => {
    expect(renderOneItem(2, 1).getByText(/· 2 creators × 1 post$/)).toBeInTheDocument();
  });
  it('a single creator posting twice', () => {
    expect(renderOneItem(1, 2).getByText(/· 1 creator × 2 posts$/)).toBeInTheDocument();
  });
  it('thousands grouped in Dutch', () => {
    expect(renderOneItem(1500, 1, 'nl').getByText(/· 1\.500 creators × 1 post$/)).toBeInTheDocument();
  });
});
