import { useRef } from 'react';
import { useI18n } from '../../i18n/i18n';

export interface OpenFileButtonProps {
  onOpenFiles(files: File[]): void;
}

/** "Open file…": a visible button in front of the browser's file picker. */
export function OpenFileButton({ onOpenFiles }: OpenFileButtonProps) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="btn btn-ghost" onClick={() => input.current?.click()}>
        {t('shell.open')}
      </button>
      <input
        ref={input}
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
    </>
  );
}
