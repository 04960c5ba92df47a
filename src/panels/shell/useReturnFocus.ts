import { useEffect, useState } from 'react';

/** What opened the dialog on screen, handed on when one dialog follows another (refused files queue up). */
let currentOpener: Element | null = null;

/**
 * Remembers what had focus when a dialog appeared (the button or menu that opened it) and gives
 * focus back to it when the dialog goes, as the WAI-ARIA dialog pattern asks. Read during the
 * first render, before `autoFocus` moves focus into the dialog.
 */
export function useReturnFocus(): void {
  const [opener] = useState(() => {
    const active = typeof document === 'undefined' ? null : document.activeElement;
    return active?.closest('dialog') ? currentOpener : active;
  });
  useEffect(() => {
    currentOpener = opener;
    return () => {
      // The next queued dialog is already open and holds focus; it gives it back when it closes.
      if (document.querySelector('dialog[open]')) return;
      if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body) opener.focus();
    };
  }, [opener]);
}
