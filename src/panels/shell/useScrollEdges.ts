import { useCallback, useState } from 'react';

export interface ScrollEdges {
  /** content is hidden before the start edge (scrolled away from the left) */
  start: boolean;
  /** content is hidden past the end edge (more to the right) */
  end: boolean;
}

const NONE: ScrollEdges = { start: false, end: false };

/**
 * Which sides of a horizontally scrolling box hide content, so the box can fade that edge: a
 * cut-off column or tab with no hint reads as missing, not as "scroll for more".
 */
export function useScrollEdges<T extends HTMLElement>(): [(el: T | null) => (() => void) | undefined, ScrollEdges] {
  const [edges, setEdges] = useState<ScrollEdges>(NONE);
  const ref = useCallback((el: T | null) => {
    if (!el) return undefined;
    const measure = () => {
      // One pixel of slack: zoom and fractional widths leave sub-pixel remainders.
      const start = el.scrollLeft > 1;
      const end = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setEdges((prev) => (prev.start === start && prev.end === end ? prev : { start, end }));
    };
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    // The children are watched too: a relabelled tab or a new column changes the scroll width, not the box.
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    const watch = () => [el, ...Array.from(el.children)].forEach((child) => resized?.observe(child));
    watch();
    const added = typeof MutationObserver === 'undefined' ? null : new MutationObserver(() => (watch(), measure()));
    added?.observe(el, { childList: true });
    return () => {
      el.removeEventListener('scroll', measure);
      resized?.disconnect();
      added?.disconnect();
    };
  }, []);
  return [ref, edges];
}
