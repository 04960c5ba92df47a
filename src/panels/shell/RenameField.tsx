import { useEffect, useRef, useState } from 'react';
import { LIMITS } from '../../engine/limits';
import { useI18n } from '../../i18n/i18n';

export interface RenameFieldProps {
  initialName: string;
  /** called with the new name on Enter or when focus leaves */
  onCommit(name: string): void;
  /** called on Escape: the name stays as it was */
  onCancel(): void;
}

export function RenameField({ initialName, onCommit, onCancel }: RenameFieldProps) {
  const { t } = useI18n();
  const [value, setValue] = useState(initialName);
  const ref = useRef<HTMLInputElement>(null);
  // Enter commits and then unmounts the field, which also blurs it: commit only once.
  const done = useRef(false);

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit) onCommit(value);
    else onCancel();
  };

  return (
    <input
      ref={ref}
      className="input rename-input"
      aria-label={t('shell.workspace.renameInput')}
      value={value}
      maxLength={LIMITS.nameLength}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish(true);
        else if (e.key === 'Escape') {
          e.stopPropagation();
          finish(false);
        }
      }}
    />
  );
}
