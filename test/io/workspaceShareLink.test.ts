import LZString from 'lz-string';
import { describe, expect, it, vi } from 'vitest';
import { consumeShareLink } from '../../src/io/consumeShareLink';
import { CHAT_SAFE_LINK_CHARS, WORKSPACE_SHARE_PREFIX, readShareLink, shareLinkHash, workspaceShareHash } from '../../src/io/shareLink';
import { defaultScenario } from '../../src/store/defaultWorkspace';
import { lzBombPayload } from './lzBomb';

const three = () => [defaultScenario('Fees'), defaultScenario('Commission'), defaultScenario('Hybrid')];

describe('workspace share links', () => {
  it('carry every scenario, the baseline, the compared ones, the selection and the report details', async () => {
    const scenarios = three();
    const report = { title: 'Q3 creators: three ways', author: 'Anna de Vries', company: 'Acme & Co' };
    const hash = await workspaceShareHash(scenarios, 1, { compared: [2], selected: 2, report });
    expect(hash.startsWith(WORKSPACE_SHARE_PREFIX)).toBe(true);
    const read = readShareLink(hash);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.data).toEqual({ kind: 'workspace', scenarios, baselineIndex: 1 });
    expect(read.view).toEqual({ compared: [2], selected: 2, report });
  });

  it('keep the default comparison when the sender had made no choice, and drop indices that point nowhere', async () => {
    const read = readShareLink(`${await workspaceShareHash(three(), 0, { compared: null, selected: 0 })}`);
    expect(read.ok && read.view).toEqual({ compared: null, selected: 0 });
    const tampered = readShareLink(`${await workspaceShareHash(three(), 0, { compared: [1], selected: 0 })}&compare=1.7.x.-1&selected=99`);
    // Only the last compare/selected pair counts; 7, x and -1 are no index of three scenarios, 99 neither.
    expect(tampered.ok && tampered.view).toEqual({ compared: [1], selected: 0 });
  });

  it('a typical three-scenario workspace fits in a chat-safe link; thirty do not', async () => {
    // A link is about 30 characters of address plus the fragment; the default scenario packs to well under 700.
    expect((await workspaceShareHash(three(), 0, { compared: null, selected: 0 })).length).toBeLessThan(CHAT_SAFE_LINK_CHARS);
    const many = Array.from({ length: 30 }, (_, i) => ({ ...defaultScenario(`Variant ${i}`), description: `Variant ${i} of the plan, with its own notes ${'x'.repeat(i * 7)}` }));
    expect((await workspaceShareHash(many, 0, { compared: null, selected: 0 })).length).toBeGreaterThan(CHAT_SAFE_LINK_CHARS);
  });

  it('opens through consumeShareLink with the workspace handler, not as added scenarios', async () => {
    const page = { location: { hash: await workspaceShareHash(three(), 2, { compared: [0], selected: 0 }), pathname: '/', search: '' }, history: { state: null, replaceState: vi.fn() } };
    const add = vi.fn(() => ['x']);
    const open = vi.fn(() => ['a', 'b', 'c']);
    expect(consumeShareLink(page, add, open)).toEqual({ ok: true, keys: ['a', 'b', 'c'], kind: 'workspace' });
    expect(add).not.toHaveBeenCalled();
    expect(open).toHaveBeenCalledWith(expect.objectContaining({ kind: 'workspace', baselineIndex: 2 }), { compared: [0], selected: 0 });
  });
});

describe('hostile share links', () => {
  it('refuse a bomb at the 5 MB limit, quickly', () => {
    const started = performance.now();
    const read = readShareLink(`#s=${lzBombPayload(24_000)}`);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]?.rule).toMatch(/more than 5 MB once unpacked/);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(readShareLink(`#w=${lzBombPayload(24_000)}&compare=0`).ok).toBe(false);
  });

  it('refuse a scenario link relabelled as a workspace link, and the other way round', async () => {
    const scenarioPayload = (await shareLinkHash(defaultScenario())).slice(3);
    expect(readShareLink(`#w=${scenarioPayload}`).ok).toBe(false);
    const workspacePayload = (await workspaceShareHash(three(), 0, { compared: null, selected: 0 })).slice(3).split('&')[0];
    expect(readShareLink(`#s=${workspacePayload}`).ok).toBe(false);
  });

  it('validate the workspace inside like a file, naming the path', () => {
    const bad = { format: 'campaign-roi-workspace', version: 1, baselineIndex: 5, scenarios: [defaultScenario()] };
    const read = readShareLink(`#w=${LZString.compressToEncodedURIComponent(JSON.stringify(bad))}`);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors.map((e) => e.path)).toContain('baselineIndex');
  });

  it('cap report details at 200 characters and ignore broken escapes', async () => {
    const hash = `${await workspaceShareHash(three(), 0, { compared: null, selected: 0 })}&title=${'A'.repeat(5000)}&author=%E0%A4%A&company=%3Cscript%3E`;
    const read = readShareLink(hash);
    expect(read.ok && read.view?.report).toEqual({ title: 'A'.repeat(200), author: '', company: '<script>' });
  });
});
