import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';

export interface HeaderProps {
  /** the toolbar, shown beside the title */
  children?: ReactNode;
}

export function Header({ children }: HeaderProps) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <h1 className="app-title">
        <svg className="app-logo" viewBox="0 0 28 28" aria-hidden="true" focusable="false">
          <rect width="28" height="28" rx="7" fill="var(--c-accent)" />
          <path d="M7 19l5-5 4 3 5-7" fill="none" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {t('app.title')}
      </h1>
      {children}
    </header>
  );
}
