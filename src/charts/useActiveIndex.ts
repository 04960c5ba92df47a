import { useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';

export interface ActiveIndex {
  /** the highlighted item, or null */
  active: number | null;
  setActive: (index: number | null) => void;
  /** spread on the focusable plot element: arrows move, Home/End jump, Escape hides */
  handlers: {
    tabIndex: number;
    onKeyDown: (event: KeyboardEvent) => void;
    onFocus: (event: FocusEvent) => void;
    onBlur: (event: FocusEvent) => void;
    onPointerLeave: (event: PointerEvent) => void;
  };
}

/** One highlighted item per chart, driven by pointer or keyboard, so tooltips work for both. */
export function useActiveIndex(count: number): ActiveIndex {
  const [active, setActive] = useState<number | null>(null);
  const current = active !== null && active < count ? active : null;
  const move = (to: number) => setActive(Math.max(0, Math.min(count - 1, to)));
  const onKeyDown = (event: KeyboardEvent) => {
    if (count === 0) return;
    const keys: Record<string, () => void> = {
      ArrowRight: () => move((current ?? -1) + 1),
      ArrowDown: () => move((current ?? -1) + 1),
      ArrowLeft: () => move((current ?? count) - 1),
      ArrowUp: () => move((current ?? count) - 1),
      Home: () => move(0),
      End: () => move(count - 1),
      Escape: () => setActive(null),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  return {
    active: current,
    setActive,
    handlers: {
      tabIndex: 0,
      onKeyDown,
      onFocus: () => setActive((a) => a ?? (count > 0 ? 0 : null)),
      onBlur: () => setActive(null),
      onPointerLeave: () => setActive(null),
    },
  };
}

/** Pointer position relative to the element that handles the event. */
export function localPoint(event: PointerEvent<Element>): { x: number; y: number } {
  const box = event.currentTarget.getBoundingClientRect();
  return { x: event.clientX - box.left, y: event.clientY - box.top };
}
