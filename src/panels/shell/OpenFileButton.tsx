import { useRef } from 'react';
import { useI18n } from '../../i18n/i18n';
import { FileInput } from './FileInput';

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
      <FileInput ref={input} onOpenFiles={onOpenFiles} />
    </>
  );
}
