import type { Ref } from 'react';
import { useI18n } from '../../i18n/i18n';

export interface FileInputProps {
  ref: Ref<HTMLInputElement>;
  onOpenFiles(files: File[]): void;
}

/** The browser's file picker, hidden: a visible button or menu item opens it with `click()`. */
export function FileInput({ ref, onOpenFiles }: FileInputProps) {
  const { t } = useI18n();
  return (
    <input
      ref={ref}
      type="file"
      accept=".json,application/json"
      multiple
      hidden
      aria-label={t('shell.open.input')}
      onChange={(e) => {
        const files = Array.from(e.target.files ?? []);
        // Clearing the value lets the same file be chosen again after fixing it.
        e.target.value = '';
        if (files.length > 0) onOpenFiles(files);
      }}
    />
  );
}
