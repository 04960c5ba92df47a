import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSettled } from '../../../src/panels/compare/useSettled';

describe('useSettled', () => {
  it('holds the last settled value while work is in flight, then takes the new one', () => {
    const { result, rerender } = renderHook(({ value, settled }) => useSettled(value, settled), { initialProps: { value: 'a', settled: true } });
    expect(result.current).toBe('a');
    rerender({ value: 'b', settled: false });
    expect(result.current).toBe('a');
    rerender({ value: 'c', settled: false });
    expect(result.current).toBe('a');
    rerender({ value: 'd', settled: true });
    expect(result.current).toBe('d');
  });
});
