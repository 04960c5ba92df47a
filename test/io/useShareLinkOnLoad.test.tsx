import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { shareLinkHash } from '../../src/io/shareLink';
import { useShareLinkOnLoad } from '../../src/io/useShareLinkOnLoad';
import { useAppStore } from '../../src/store';
import { defaultScenario } from '../../src/store/defaultWorkspace';

describe('useShareLinkOnLoad', () => {
  it('adds the scenario of the link the page opened with, selects it and clears the link', async () => {
    window.history.replaceState(null, '', `/${await shareLinkHash(defaultScenario('From a colleague'))}`);
    const before = useAppStore.getState().entries.length;
    const refuse = vi.fn();
    const onAdded = vi.fn();
    renderHook(() => useShareLinkOnLoad(refuse, onAdded));
    const state = useAppStore.getState();
    expect(state.entries).toHaveLength(before + 1);
    expect(state.entries.find((e) => e.key === state.selectedKey)?.scenario.name).toBe('From a colleague');
    expect(onAdded).toHaveBeenCalledWith([state.selectedKey], expect.objectContaining({ kind: 'scenario' }));
    expect(refuse).not.toHaveBeenCalled();
    expect(window.location.hash).toBe('');
  });

  it('hands a broken link pasted into an open tab to refuse, leaving the workspace alone', () => {
    const refuse = vi.fn();
    renderHook(() => useShareLinkOnLoad(refuse));
    const entries = useAppStore.getState().entries;
    act(() => {
      window.location.hash = '#s=broken';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(refuse).toHaveBeenCalledWith('Share link', [expect.objectContaining({ rule: expect.stringMatching(/damaged/) })]);
    expect(useAppStore.getState().entries).toBe(entries);
    expect(window.location.hash).toBe('');
  });
});
