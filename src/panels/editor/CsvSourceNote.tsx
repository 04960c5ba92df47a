import { memo } from 'react';
import { calibrationSourceOf, importSourceOf } from '../../engine/roster/sources';
import type { LineItem, RateKind, Scenario } from '../../engine/schema';
import { useI18n } from '../../i18n/i18n';
import { pluralKey } from '../../i18n/plural';

type Meta = Scenario['meta'];

export interface CsvSourceNoteProps {
  /** the scenario's notes, where the sources are kept (docs/MODEL.md §9) */
  meta: Meta;
  item: LineItem;
  /** a rate: the results file it was calibrated from; none: the creator list the line item came from */
  rate?: RateKind;
}

/**
 * Where a line item or one of its ranges came from when that was one of the planner's own files,
 * shown as a benchmark's source is: "Imported from shortlist.csv, row 7", "Calibrated from
 * results.csv: 14 creators". Nothing is shown for anything else, or once a calibrated range was
 * edited away from what the calibration gave.
 */
function CsvSourceNoteImpl({ meta, item, rate }: CsvSourceNoteProps) {
  const { t, fmt } = useI18n();
  if (meta === undefined) return null;
  const f = fmt('EUR');
  const creators = (n: number) => t(pluralKey(f.locale, 'csvImport.creators', n), { n: f.count(n) });
  let text: string | null = null;
  if (rate === undefined) {
    const source = importSourceOf({ meta }, item.id);
    if (source)
      text =
        source.row !== undefined ? t('csvImport.source.row', { file: source.file, row: String(source.row) })
        : t('csvImport.source.group', { file: source.file, creators: creators(source.creators ?? item.creators) });
  } else {
    const source = calibrationSourceOf({ meta }, item, rate);
    if (source) text = t('csvImport.source.calibrated', { file: source.file, creators: creators(source.creators) });
  }
  if (text === null) return null;
  return (
    <p className="source-note csv-source">
      <span className="source-tags">
        <abbr className="source-tag" title={t('csvImport.source.tag')}>
          CSV
        </abbr>
      </span>
      <span className="source-text">{text}</span>
    </p>
  );
}

export const CsvSourceNote = memo(CsvSourceNoteImpl);
