import { useEffect, type RefObject } from 'react';

/** Opens a <dialog> as a modal while the component is mounted, and closes it when it goes. */
export function useShowModal(ref: RefObject<HTMLDialogElement | null>, onOpen?: () => void): void {
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // Some environments (jsdom) lack showModal; the open attribute still shows the dialog there.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal();
    } else dialog.setAttribute('open', '');
    onOpen?.();
    return () => {
      if (typeof dialog.close === 'function') dialog.close();
    };
    // Opened once per mount: a new onOpen on a later render must not reopen it.
  }, []);
}
