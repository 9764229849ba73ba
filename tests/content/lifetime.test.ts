import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { childScope, debounced, throttled } from '../../entrypoints/content/lifetime';

// The content script's scheduling helpers: every timer dies with its signal, so an orphaned
// content script (extension reloaded) never runs a callback again.

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('throttled editor checks', () => {
  it('checks at once after a quiet period, then once more at the end of a burst', () => {
    const controller = new AbortController();
    const check = vi.fn();
    const schedule = throttled(controller.signal, check, 50);
    schedule();
    expect(check).toHaveBeenCalledTimes(1);
    schedule();
    schedule();
    expect(check).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(50);
    expect(check).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(200);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('never runs after its signal is aborted', () => {
    const controller = new AbortController();
    const check = vi.fn();
    const schedule = throttled(controller.signal, check, 50);
    schedule();
    schedule();
    controller.abort();
    vi.advanceTimersByTime(100);
    schedule();
    expect(check).toHaveBeenCalledTimes(1);
  });
});

describe('debounced draft reads', () => {
  it('reads once after the last keystroke, and flush reads a pending change now', () => {
    const controller = new AbortController();
    const read = vi.fn();
    const draft = debounced(controller.signal, read, 40);
    draft.schedule();
    vi.advanceTimersByTime(30);
    draft.schedule();
    vi.advanceTimersByTime(30);
    expect(read).not.toHaveBeenCalled();
    vi.advanceTimersByTime(10);
    expect(read).toHaveBeenCalledTimes(1);
    draft.schedule();
    draft.flush();
    expect(read).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(100);
    expect(read).toHaveBeenCalledTimes(2);
  });
});

describe('child scopes', () => {
  it('end with their parent and alone', () => {
    const parent = new AbortController();
    const a = childScope(parent.signal);
    const b = childScope(parent.signal);
    a.abort();
    expect(a.signal.aborted).toBe(true);
    expect(b.signal.aborted).toBe(false);
    parent.abort();
    expect(b.signal.aborted).toBe(true);
  });
});
