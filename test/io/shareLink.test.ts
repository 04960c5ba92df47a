import { describe, expect, it, vi } from 'vitest';
import { consumeShareLink } from '../../src/io/consumeShareLink';
import { SHARE_PREFIX, readShareLink, shareLinkHash, shareLinkUrl } from '../../src/io/shareLink';
import { defaultScenario } from '../../src/store/defaultWorkspace';
import LZString from 'lz-string';

describe('share links', () => {
  it('round-trips a scenario through the link', async () => {
    const scenario = defaultScenario();
    const hash = await shareLinkHash(scenario);
    expect(hash.startsWith(SHARE_PREFIX)).toBe(true);
    expect(hash).toMatch(/^#s=[A-Za-z0-9+\-$]+$/);
    const read = readShareLink(hash);
    expect(read.ok && read.data.scenarios).toEqual([scenario]);
  });

  it('builds a full URL that replaces any earlier fragment', async () => {
    const scenario = defaultScenario('Q3');
    const url = await shareLinkUrl(scenario, 'https://example.org/planner/?lang=nl#s=old');
    expect(url.startsWith('https://example.org/planner/?lang=nl#s=')).toBe(true);
    const read = readShareLink(new URL(url).hash);
    expect(read.ok && read.data.scenarios[0]?.name).toBe('Q3');
  });

  it.each([
    ['cut off while copying', (h: string) => h.slice(0, Math.floor(h.length / 2))],
    ['garbled', (h: string) => `${SHARE_PREFIX}${h.slice(3).split('').reverse().join('')}`],
    ['empty', () => SHARE_PREFIX],
  ])('gives errors, not a crash, for a link that is %s', async (_, damage) => {
    const read = readShareLink(damage(await shareLinkHash(defaultScenario())));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]?.rule).toMatch(/damaged or incomplete/);
  });

  it('validates the scenario in a link like a file', () => {
    const bad = { ...defaultScenario(), currency: 'euro' };
    const read = readShareLink(SHARE_PREFIX + LZString.compressToEncodedURIComponent(JSON.stringify(bad)));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors).toEqual([{ path: 'currency', rule: expect.stringContaining('ISO 4217'), code: 'currency', value: 'euro' }]);
  });

  it('refuses a fragment that is no share link', () => {
    expect(readShareLink('#section-2').ok).toBe(false);
  });
});

describe('consumeShareLink', () => {
  const page = (hash: string) => ({
    location: { hash, pathname: '/planner/', search: '?x=1' },
    history: { state: null, replaceState: vi.fn() },
  });

  it('adds the shared scenario and clears the fragment', async () => {
    const scenario = defaultScenario('Shared');
    const p = page(await shareLinkHash(scenario));
    const add = vi.fn(() => ['k9']);
    expect(consumeShareLink(p, add)).toEqual({ ok: true, keys: ['k9'], kind: 'scenario' });
    expect(add).toHaveBeenCalledWith([scenario]);
    expect(p.history.replaceState).toHaveBeenCalledWith(null, '', '/planner/?x=1');
  });

  it('reports a broken link without touching the workspace, and clears it too', () => {
    const p = page(`${SHARE_PREFIX}not-a-real-payload`);
    const add = vi.fn(() => []);
    const outcome = consumeShareLink(p, add);
    expect(outcome?.ok).toBe(false);
    expect(add).not.toHaveBeenCalled();
    expect(p.history.replaceState).toHaveBeenCalled();
  });

  it('does nothing without a share link', () => {
    const p = page('#results');
    expect(consumeShareLink(p, () => [])).toBeNull();
    expect(p.history.replaceState).not.toHaveBeenCalled();
  });
});
