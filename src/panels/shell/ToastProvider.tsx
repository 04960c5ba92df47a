import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Toast, type ToastMessage } from './Toast';

export interface ToastApi {
  /** shows a short notice at the bottom of the window, replacing any earlier one */
  show(message: ToastMessage): void;
}

const ToastContext = createContext<ToastApi>({ show: () => {} });

/** Notices with an action stay longer, so there is time to reach the button. */
const PLAIN_MS = 5000;
const WITH_ACTION_MS = 10000;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<(ToastMessage & { id: number }) | null>(null);
  const show = useCallback((message: ToastMessage) => setCurrent((prev) => ({ ...message, id: (prev?.id ?? 0) + 1 })), []);
  const dismiss = useCallback(() => setCurrent(null), []);

  useEffect(() => {
    if (!current) return;
    const timer = window.setTimeout(dismiss, current.action ? WITH_ACTION_MS : PLAIN_MS);
    return () => window.clearTimeout(timer);
  }, [current, dismiss]);

  const api = useMemo(() => ({ show }), [show]);
  return (
    <ToastContext.Provider value={api}>
      {children}
      <Toast message={current} onDismiss={dismiss} />
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  return useContext(ToastContext);
}
