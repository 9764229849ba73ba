// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PrivacySection, RECORDED, type PrivacyControls } from '@/components/options/privacy/PrivacySection';
import { isRecordingPaused, RECORDING_PAUSED_KEY, setRecordingPaused } from '@/components/options/privacy/recording-pause';
import { EventRecord } from '@/lib/db/schemas/event';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

beforeEach(() => fakeBrowser.reset());

describe('the pause flag in storage', () => {
  it('is off until the rep pauses, and follows pause and resume', async () => {
    expect(await isRecordingPaused()).toBe(false);
    await setRecordingPaused(true);
    expect(await isRecordingPaused()).toBe(true);
    await setRecordingPaused(false);
    expect(await isRecordingPaused()).toBe(false);
  });

  it('reads a stored value that is not a boolean as not paused', async () => {
    await fakeBrowser.storage.local.set({ [RECORDING_PAUSED_KEY]: 'yes please' });
    expect(await isRecordingPaused()).toBe(false);
  });
});

describe('the privacy section of the options page', () => {
  let root: Root | null = null;
  let container: HTMLElement;
  afterEach(() => {
    if (root) act(() => root!.unmount());
    container.remove();
  });

  async function render(controls: PrivacyControls) {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => root!.render(<PrivacySection controls={controls} />));
    await act(async () => new Promise((r) => setTimeout(r, 5)));
  }
  const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;

  it('pauses and resumes recording through the stored flag', async () => {
    await render({ isPaused: isRecordingPaused, setPaused: setRecordingPaused, deleteAll: async () => {} });
    expect(byTestId('recording-state').textContent).toBe('On: each reply you send is counted.');
    await act(async () => byTestId('toggle-recording').click());
    expect(await isRecordingPaused()).toBe(true);
    expect(byTestId('recording-state').textContent).toBe('Paused: replies are not being counted.');
    expect(byTestId('toggle-recording').textContent).toBe('Resume recording');
  });

  it('deletes only after the rep confirms', async () => {
    let deleted = 0;
    await render({ isPaused: async () => false, setPaused: async () => {}, deleteAll: async () => void deleted++ });
    await act(async () => byTestId('delete-stats').click());
    expect(deleted).toBe(0);
    await act(async () => byTestId('confirm-delete-stats').click());
    expect(deleted).toBe(1);
    expect(container.textContent).toContain('All statistics were deleted.');
  });

  it('states that nothing is sent anywhere and names a plain meaning for every kind of recorded field', async () => {
    await render({ isPaused: async () => false, setPaused: async () => {}, deleteAll: async () => {} });
    expect(container.textContent).toContain('Nothing OwnUp records is sent anywhere.');
    expect(container.textContent).toContain('never the text');
    const terms = [...container.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(RECORDED.map((r) => r.term));
  });

  it('explains every field an event has, so the statement cannot go stale when the schema grows', () => {
    const bookkeeping = ['id', 'createdAt', 'updatedAt', 'source'];
    const explained = RECORDED.flatMap((r) => r.fields).sort();
    expect(explained).toEqual(Object.keys(EventRecord.shape).filter((k) => !bookkeeping.includes(k)).sort());
  });
});
