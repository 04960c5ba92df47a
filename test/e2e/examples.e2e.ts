// The Examples menu opens every example scenario of scenarios/, in English by its file's name and
// in Dutch by its Dutch name, with its line items labelled in the planner's language; in Dutch
// the menu, which shows every example's description, holds no English (a file's name aside).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { EXAMPLE_LABELS_NL } from '../../src/i18n/messages/exampleLabels';
import { EXAMPLE_TEXT_NL, type ExampleId } from '../../src/i18n/messages/examples';
import { sharedBrowser } from './browser';
import { englishWords, pageTexts } from './englishWords';
import { assertNoErrors, expectSelectedTab, lineItem, newSession, openExample, STARTER } from './helpers';
import { switchToDutch, type Lang } from './views';

const browser = sharedBrowser();

interface ExampleScenario {
  id: ExampleId;
  name: string;
  labels: string[];
}

// The first visit opens the workspace example already, so the menu's single scenarios are the ones to open.
const EXAMPLES: ExampleScenario[] = readdirSync('scenarios')
  .filter((f) => f.endsWith('.json') && !f.endsWith('.workspace.json'))
  .sort()
  .map((file) => {
    const doc = JSON.parse(readFileSync(`scenarios/${file}`, 'utf8')) as { name: string; lineItems: { label: string }[] };
    return { id: file.replace(/\.json$/, '') as ExampleId, name: doc.name, labels: doc.lineItems.map((item) => item.label) };
  });

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const lang of ['en', 'nl'] as const satisfies readonly Lang[]) {
  test(`the Examples menu opens every example scenario in ${lang === 'en' ? 'English' : 'Dutch'}`, async () => {
    assert.ok(EXAMPLES.length >= 10, 'the v3 examples are listed');
    const { page, errors, context } = await newSession(browser());
    await expectSelectedTab(page, STARTER);
    if (lang === 'nl') await switchToDutch(page);
    for (const example of EXAMPLES) {
      const name = lang === 'en' ? example.name : EXAMPLE_TEXT_NL[example.id][0]!.name;
      await openExample(page, new RegExp(`^${escaped(name)}`));
      await expectSelectedTab(page, name);
      for (const label of example.labels) await lineItem(page, lang === 'en' ? label : (EXAMPLE_LABELS_NL[label] ?? label)).waitFor();
    }
    if (lang === 'nl') {
      // The "added from <file>" notice names the file, whose name is data in English, not words of the app.
      const dismiss = page.getByRole('button', { name: 'Verbergen', exact: true });
      await dismiss.click();
      await dismiss.waitFor({ state: 'detached' });
      await page.getByRole('button', { name: /^Voorbeelden/ }).click();
      await page.getByRole('menuitem').first().waitFor();
      assert.deepEqual(englishWords(await pageTexts(page)), []);
      await page.keyboard.press('Escape');
    }
    assertNoErrors(errors);
    await context.close();
  });
}
