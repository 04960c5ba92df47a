import type { KeyboardEvent } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Keeps Tab inside a modal dialog: from its last control to its first and back. A modal <dialog>
 * already makes the page behind it inert, but the browser lets Tab leave it for its own address
 * bar, and a planner working by keyboard should come round to the dialog's first control instead.
 */
export function trapFocus(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'Tab') return;
  const items = Array.from(e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.closest('[hidden]') && !el.closest('[inert]'));
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  // From the dialog's heading (focused on opening, outside the tab order) Tab goes to either end.
  const at = items.indexOf(document.activeElement as HTMLElement);
  if (e.shiftKey && at <= 0) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (at === -1 || at === items.length - 1)) {
    e.preventDefault();
    first.focus();
  }
}
