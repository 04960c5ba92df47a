import type { Ref } from 'react';
import { useI18n } from '../../i18n/i18n';

export interface FileInputProps {
  ref: Ref<HTMLInputElement>;
  onOpenFiles(files: File[]): void;
  /** the files offered; scenario and workspace files (JSON) unless told otherwise */
  accept?: string;
  /** the input's accessible name; "Scenario or workspace file" unless told otherwise */
  label?: string;
  /** several files at once; JSON files may be, a CSV is previewed one at a time */
  multiple?: boolean;
}

/** The browser's file picker, hidden: a visible button or menu item opens it with `click()`. */
export function FileInput({ ref, onOpenFiles, accept = '.json,application/json', label, multiple = true }: FileInputProps) {
  const { t } = useI18n();
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      multiple={multiple}
      hidden
      aria-label={label ?? t('shell.open.input')}
      onChange={(e) => {
        const files = Array.from(e.target.files ?? []);
        // Clearing the value lets the same file be chosen again after fixing it.
        e.target.value = '';
        if (files.length > 0) onOpenFiles(files);
      }}
    />
  );
}
