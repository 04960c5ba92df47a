import { memo } from 'react';
import type { SourceTag } from '../../engine/defaults';
import { useI18n } from '../../i18n/i18n';

export interface SourceNoteProps {
  /** the benchmark table's value, formatted */
  tableValue: string;
  /** where the table's value comes from */
  source: string;
  /** S = seed articles, P = public pages, I = interpolated */
  tags: readonly SourceTag[];
  /** whether the planner has changed the value away from the table's */
  edited: boolean;
}

/** The benchmark a default came from, shown next to the value so a planner can judge it. */
function SourceNoteImpl({ tableValue, source, tags, edited }: SourceNoteProps) {
  const { t } = useI18n();
  return (
    <p className="source-note">
      <span className="source-tags" title={t('editor.source.tagsTitle')}>
        {tags.map((tag) => (
          <abbr key={tag} className="source-tag" title={t(`editor.source.tag.${tag}`)}>
            {tag}
          </abbr>
        ))}
      </span>
      <span className="source-value">
        {t(edited ? 'editor.source.tableEdited' : 'editor.source.table', { value: tableValue })}
      </span>
      <span className="source-text" title={source}>
        {source}
      </span>
    </p>
  );
}

export const SourceNote = memo(SourceNoteImpl);
