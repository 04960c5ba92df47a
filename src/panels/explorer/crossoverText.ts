import type { Formatters } from '../../i18n/format';
import type { Translate } from '../../i18n/i18n';
import type { StructureKind } from '../../engine/paymentExplorer';
import type { CrossoverFinding } from './crossovers';
import { sentence } from './terms';

/** A finding of the crossover analysis as a sentence a CFO can read aloud. */
export function crossoverText(finding: CrossoverFinding, t: Translate, f: Formatters): string {
  const noun = (kind: StructureKind) => t(`explorer.noun.${kind}`);
  switch (finding.type) {
    case 'same': {
      const names = finding.kinds.map(noun);
      const list = names.length > 1 ? t('explorer.crossover.and', { a: names.slice(0, -1).join(', '), b: names[names.length - 1]! }) : (names[0] ?? '');
      return sentence(t('explorer.crossover.same', { list }));
    }
    case 'always':
      return sentence(t('explorer.crossover.always', { better: noun(finding.better), worse: noun(finding.worse) }));
    case 'beats':
      return sentence(t('explorer.crossover.beats', { rate: f.rate(finding.rate), better: noun(finding.better), worse: noun(finding.worse) }));
    case 'between':
      return sentence(t('explorer.crossover.between', { rate: f.rate(finding.rate), to: f.rate(finding.to), better: noun(finding.better), worse: noun(finding.worse) }));
    case 'tiedFrom':
      return sentence(t('explorer.crossover.tiedFrom', { rate: f.rate(finding.rate), better: noun(finding.better), worse: noun(finding.worse) }));
    case 'unreachable':
      return sentence(t('explorer.crossover.unreachable', { rate: f.percent(finding.rate, 0), better: noun(finding.better), worse: noun(finding.worse) }));
  }
}
