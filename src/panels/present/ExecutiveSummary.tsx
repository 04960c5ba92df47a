import { useI18n } from '../../i18n/i18n';
import type { ComparedScenario } from '../compare/useComparison';
import { executiveSummary, summaryOptions } from './summarySentences';

export interface ExecutiveSummaryProps {
  compared: readonly ComparedScenario[];
  baselineIndex: number;
}

/** The paragraph a CFO reads first. */
export function ExecutiveSummary({ compared, baselineIndex }: ExecutiveSummaryProps) {
  const { t, fmt } = useI18n();
  const sentences = executiveSummary(summaryOptions(compared), baselineIndex, t, fmt);
  return <p className="present-summary">{sentences.join(' ')}</p>;
}
