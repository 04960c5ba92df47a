import { describe, expect, it } from 'vitest';
import { describeExample, examplesFrom, listExamples } from '../../src/io/examples';
import { scenarioFileName, slugify, workspaceFileName } from '../../src/io/fileNames';
import { scenarioToJson, workspaceToJson } from '../../src/io/serialize';
import { defaultScenario } from '../../src/store/defaultWorkspace';

describe('file names', () => {
  it.each([
    ['Spring launch — micro TikTok (v2)', 'spring-launch-micro-tiktok-v2'],
    ['Crème brûlée: Q3/Q4', 'creme-brulee-q3-q4'],
    ['  ', 'scenario'],
    ['日本', 'scenario'],
  ])('slugifies %j', (name, slug) => expect(slugify(name)).toBe(slug));

  it('names scenario and workspace files', () => {
    expect(scenarioFileName('Mega launch')).toBe('mega-launch.json');
    expect(workspaceFileName('Same budget: hybrid')).toBe('same-budget-hybrid.workspace.json');
    expect(slugify('x'.repeat(300))).toHaveLength(80);
  });
});

describe('serialisation', () => {
  it('writes the envelope first', () => {
    expect(Object.keys(JSON.parse(scenarioToJson(defaultScenario()))).slice(0, 2)).toEqual(['format', 'version']);
    const ws = JSON.parse(workspaceToJson([defaultScenario('A')], 5));
    expect([ws.format, ws.version, ws.baselineIndex]).toEqual(['campaign-roi-workspace', 3, 0]);
  });
});

describe('examples', () => {
  it('lists the shipped examples sorted, and every one validates', async () => {
    const examples = listExamples();
    expect(examples.map((e) => e.fileName)).toContain('hybrid-micro-tiktok.json');
    expect(examples.map((e) => e.fileName)).toEqual([...examples.map((e) => e.fileName)].sort((a, b) => a.localeCompare(b)));
    for (const example of examples) {
      const info = await describeExample(example);
      expect(info, example.fileName).not.toBeNull();
    }
  });

  it('reads name and description only when asked', async () => {
    let loads = 0;
    const text = scenarioToJson({ ...defaultScenario('Demo'), description: 'Why this one' });
    const [example] = examplesFrom({
      '../../scenarios/demo.json': async () => {
        loads += 1;
        return text;
      },
    });
    expect(loads).toBe(0);
    expect(example?.id).toBe('demo');
    expect(await describeExample(example!)).toEqual({ id: 'demo', kind: 'scenario', name: 'Demo', description: 'Why this one', scenarioCount: 1 });
    expect(loads).toBe(1);
  });

  it('describes a workspace example by its scenarios', async () => {
    const [example] = examplesFrom({ 'x/three.workspace.json': async () => workspaceToJson([defaultScenario('A'), defaultScenario('B')], 1) });
    expect(await describeExample(example!)).toEqual({ id: 'three.workspace', kind: 'workspace', name: 'A · B', scenarioCount: 2 });
  });

  it('skips an example that does not validate', async () => {
    const [example] = examplesFrom({ 'x/broken.json': async () => '{' });
    expect(await describeExample(example!)).toBeNull();
  });
});
