import type { Page } from 'playwright-core';

/**
 * English words of this app's vocabulary that are not Dutch words, so a Dutch screen never
 * shows them. Words Dutch shares or borrows are left out on purpose: "is", "in", "of" (Dutch
 * for "or"), "was", "over", "even", "last", "open", "net", "per", "week", "link", "plan",
 * "planner", "budget", "scenario", "details", "platform", "volume", "item(s)", "case",
 * "creator(s)", "follower(s)", "post(s)", "lead(s)", "reach", "clicks", "gifting", "engagement",
 * "benchmark", "break-even", "discount", "download", "copy", "orders", "seed", "overhead(s)",
 * "present", "log". Brand, platform and metric names (Instagram, TikTok, YouTube, ROI, ROAS,
 * CPA, P5…) and currencies are not in the list, so they pass.
 */
export const ENGLISH_ONLY = new Set(
  `the and with without for from your you this that which when where what how why than then
  are were not must should could cannot can't isn't doesn't won't only each every all any
  between until after before about into onto under above below
  profit profits cost costs revenue loss losses chance risk money back first typical expected
  result results payment payments compare comparison sensitivity report
  save share close dismiss undo redo examples example loading loaded file files
  line impressions conversions fee fees fixed commission
  baseline required known field value values text number greater less more
  weeks days month months rate rates gross margin returns tracked total
  trial trials simulation simulated running cancel skip language new delete rename duplicate move left right
  same way ways cumulative payback never always better worse wins beats`
    .split(/\s+/)
    .filter((w) => w !== ''),
);

export interface Finding {
  /** the English-only words of the line, in order */
  words: string[];
  /** the line of text (or the name, tooltip, chart description) they stand in */
  where: string;
}

/**
 * What a person sees or a screen reader says on the page: rendered text (including visually hidden
 * text), accessible names and descriptions set as attributes, tooltips, placeholders, the page
 * title and the titles and descriptions of charts.
 */
export async function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll('*')) {
      const shown = el.checkVisibility() || el.closest('svg')?.checkVisibility();
      if (!shown) continue;
      for (const attr of ['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(attr);
        if (value) texts.push(value);
      }
      if ((el.tagName === 'title' || el.tagName === 'desc') && el.closest('svg')) texts.push(el.textContent ?? '');
    }
    return texts;
  });
}

/** Each line of the texts that holds English-only words, once, with those words. */
export function englishWords(texts: readonly string[]): Finding[] {
  const found = new Map<string, Finding>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const words = (line.toLowerCase().match(/[\p{L}']+/gu) ?? []).filter((w) => ENGLISH_ONLY.has(w));
      const where = line.trim();
      if (words.length > 0 && !found.has(where)) found.set(where, { words, where });
    }
  }
  return [...found.values()];
}
