import { memo } from 'react';
import type { NotePart } from '../../engine/benchmarkNotes';
import type { SourceTag } from '../../engine/defaults';
import { useI18n, type Translate } from '../../i18n/i18n';
import type { Formatters } from '../../i18n/format';

export interface SourceNoteProps {
  /** the benchmark table's value, formatted */
  tableValue: string;
  /** where the table's value comes from, in parts to word in the planner's language */
  note: readonly NotePart[];
  /** S = seed articles, P = public pages, I = interpolated */
  tags: readonly SourceTag[];
  /** whether the planner has changed the value away from the table's */
  edited: boolean;
}

/** A benchmark note in words, its numbers formatted for the locale. */
export function noteText(parts: readonly NotePart[], t: Translate, number: Formatters['number']): string {
  const formatted = (vars: NotePart['vars']) => (vars ? Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, number(v)])) : undefined);
  return parts.map((part) => t(part.key, formatted(part.vars))).join(' ');
}

/** The benchmark a default came from, shown next to the value so a planner can judge it. */
function SourceNoteImpl({ tableValue, note, tags, edited }: SourceNoteProps) {
  const { t, fmt } = useI18n();
  const source = noteText(note, t, fmt('USD').number);
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
