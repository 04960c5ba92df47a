import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { REPORT_FIELDS, useAppStore, type ReportDetails } from '../../store';

/** One field that writes to the store when the planner leaves it: a whole title is one undo step, not one per letter. */
function DetailField({ field, label, placeholder }: { field: keyof ReportDetails; label: string; placeholder: string }) {
  const stored = useAppStore((s) => s.report[field]);
  const setReport = useAppStore((s) => s.setReport);
  const [draft, setDraft] = useState(stored);
  useEffect(() => setDraft(stored), [stored]);
  const commit = () => setReport({ [field]: draft.trim() });
  return (
    <label className="present-field">
      <span>{label}</span>
      <input
        type="text"
        value={draft}
        maxLength={200}
        placeholder={placeholder}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </label>
  );
}

/** The report's title, author and company, edited on screen; saved with the workspace and carried by a workspace link. */
export function ReportDetailsFields() {
  const { t } = useI18n();
  return (
    <fieldset className="present-details no-print">
      <legend>{t('present.details.legend')}</legend>
      {REPORT_FIELDS.map((field) => (
        <DetailField key={field} field={field} label={t(`present.details.${field}`)} placeholder={t(`present.details.${field}.placeholder`)} />
      ))}
    </fieldset>
  );
}
