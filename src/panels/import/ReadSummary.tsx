import type { CsvNotice, CsvProblem } from '../../engine/roster/csvRules';
import type { CsvRead } from '../../io/csv/parseCsvFile';
import { csvNoticeText, csvProblemLine } from '../../i18n/csvText';
import { useI18n } from '../../i18n/i18n';
import { pluralKey } from '../../i18n/plural';

export interface ReadSummaryProps {
  read: CsvRead;
  fileName: string;
  /** what the import itself adds to the file's notices (a calibration's left-out rows, say) */
  notices?: readonly CsvNotice[];
  /** a refusal of the import as a whole, beyond the file's (too many line items) */
  problem?: CsvProblem | null;
}

/** How many rows could be read and how many were refused; what stops the file; what the planner should know. */
export function ReadSummary({ read, fileName, notices = [], problem = null }: ReadSummaryProps) {
  const { t, lang, fmt } = useI18n();
  const f = fmt('EUR');
  const count = (n: number) => t(pluralKey(f.locale, 'csvImport.rows', n), { n: f.count(n) });
  const total = read.rows.length + read.rejected.length;
  const errors = read.errors;
  const allNotices = [...read.notices, ...notices];
  return (
    <>
      {total > 0 && (
        <p className="csv-summary" role="status">
          {read.rejected.length === 0
            ? t('csvImport.summary.allUsable', { rows: count(total) })
            : t('csvImport.summary', { rows: count(total), ok: f.count(read.rows.length), refused: f.count(read.rejected.length) })}
        </p>
      )}
      {errors.length > 0 && (
        <div className="csv-errors" role="alert">
          <p>{t('csvImport.fileErrors', { file: fileName })}</p>
          <ul className="error-list">
            {errors.map((e, i) => (
              <li key={i}>{csvProblemLine(e, t, lang)}</li>
            ))}
          </ul>
        </div>
      )}
      {problem && (
        <p className="csv-problem" role="alert">
          {csvProblemLine(problem, t, lang)}
        </p>
      )}
      {allNotices.length > 0 && (
        <section className="csv-notices" aria-label={t('csvImport.notices')}>
          <h3 className="csv-subheading">{t('csvImport.notices')}</h3>
          <ul>
            {allNotices.map((n, i) => (
              <li key={i}>{csvNoticeText(n, t, lang)}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
