import { useCallback, useRef, useState } from 'react';

/** Width charts draw at before (or without) a layout, e.g. in jsdom or on the first paint. */
export const FALLBACK_WIDTH = 640;

export interface Size<T extends Element> {
  /** attach to the element whose width the chart should fill */
  ref: (element: T | null) => void;
  /** its content width in px, or the fallback while unknown */
  width: number;
}

/** Follows an element's content width with a ResizeObserver; keeps the fallback where there is none. */
export function useSize<T extends Element>(fallbackWidth = FALLBACK_WIDTH): Size<T> {
  const [width, setWidth] = useState(fallbackWidth);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const measured = entries[0]?.contentRect.width ?? 0;
      if (measured > 0) setWidth(Math.round(measured));
    });
    ro.observe(element);
    observer.current = ro;
  }, []);
  return { ref, width };
}
