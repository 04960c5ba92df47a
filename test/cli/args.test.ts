import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it('reads the file and the documented defaults', () => {
    expect(parseArgs(['a.json'])).toEqual({ kind: 'run', options: { file: 'a.json', format: 'json' } });
  });

  it('reads every flag, before or after the file, with a space or an equals sign', () => {
    expect(parseArgs(['--trials', '500', 'a.json', '--seed=7', '--format=csv'])).toEqual({
      kind: 'run',
      options: { file: 'a.json', format: 'csv', trials: 500, seed: 7 },
    });
  });

  it('accepts the edges of the documented ranges', () => {
    expect(parseArgs(['a.json', '--trials', '1', '--seed', '0'])).toMatchObject({ options: { trials: 1, seed: 0 } });
    expect(parseArgs(['a.json', '--trials', '1000000', '--seed', '4294967295'])).toMatchObject({
      options: { trials: 1_000_000, seed: 4_294_967_295 },
    });
  });

  it.each([
    [['a.json', '--trials', '0'], '--trials: must be a whole number from 1 to 1000000 (got "0")'],
    [['a.json', '--trials', '1000001'], '--trials: must be a whole number from 1 to 1000000 (got "1000001")'],
    [['a.json', '--trials', '2.5'], '--trials: must be a whole number from 1 to 1000000 (got "2.5")'],
    [['a.json', '--trials', 'many'], '--trials: must be a whole number from 1 to 1000000 (got "many")'],
    [['a.json', '--seed', '-1'], '--seed: must be a whole number from 0 to 4294967295 (got "-1")'],
    [['a.json', '--seed', '4294967296'], '--seed: must be a whole number from 0 to 4294967295 (got "4294967296")'],
    [['a.json', '--format', 'xml'], '--format: must be one of json, csv (got "xml")'],
    [['a.json', '--trials'], '--trials: needs a value'],
    [['a.json', '--verbose'], '--verbose: is not a known option (see --help)'],
    [['a.json', '--seed', '1', '--seed', '2'], '--seed: is given more than once'],
    [['a.json', 'b.json'], 'expected one file, got 2: a.json, b.json'],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(parseArgs(argv)).toEqual({ kind: 'invalid', message });
  });

  it('asks for the usage text when no file is given', () => {
    expect(parseArgs([])).toEqual({ kind: 'usage' });
    expect(parseArgs(['--trials', '10'])).toEqual({ kind: 'usage' });
  });

  it('answers --help and -h before anything else', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['a.json', '-h'])).toEqual({ kind: 'help' });
  });

  it('takes everything after -- as the file, even if it starts with a dash', () => {
    expect(parseArgs(['--', '-odd name.json'])).toEqual({ kind: 'run', options: { file: '-odd name.json', format: 'json' } });
  });
});
