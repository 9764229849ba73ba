// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlaybookRepository, type OwnUpDatabase } from '@/lib/db';
import { effectivePlaybook } from '@/lib/playbook/effective';
import { readManagedPlaybook, syncManagedPlaybook } from '@/lib/playbook/managed';
import { PlaybookSection } from '@/components/options/playbook/PlaybookSection';
import { flushUntil } from '../sidebar/render';
import { openInExtensionOrigin } from './extension-db';
import { neverSendEntry, playbookFile, ruleEntry } from './team-rules';

// A playbook deployed by policy (browser.storage.managed through WXT's fake browser): valid, it
// takes precedence and shows LOCKED on the options page; invalid, it is ignored with a visible
// warning and the last valid playbook stays; on Firefox without managed storage, nothing breaks.

const POLICY = playbookFile([ruleEntry('policy-booking'), neverSendEntry('policy-rebuke', 'as per my last email')]);
const BROKEN_POLICY = playbookFile([ruleEntry('policy-booking'), ruleEntry('everything', { id: 'redirect.team-everything', patterns: ['(i | you | we | the | a | your | for | to | is | here)'] })]);

let db: OwnUpDatabase;
let counter = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  db = await openInExtensionOrigin(`managed-${++counter}`);
  await new PlaybookRepository(db).put({ id: 'local-never', kind: 'never_send', source: 'local', payload: { phrase: 'kindly revert' } });
});
afterEach(() => db.close());

const repo = () => new PlaybookRepository(db);
const sync = async () => syncManagedPlaybook(repo(), await readManagedPlaybook(fakeBrowser.storage.managed));

describe('the managed playbook', () => {
  it('takes precedence over the team’s own entries when valid', async () => {
    await fakeBrowser.storage.managed.set({ playbook: POLICY });
    expect(await sync()).toEqual({ state: 'locked', count: 2 });
    const effective = effectivePlaybook(await repo().list());
    expect(effective.managed).toBe(true);
    expect(effective.rules.map((r) => r.id)).toEqual(['redirect.team-booking-site']);
    expect(effective.neverSend.map((n) => n.phrase)).toEqual(['as per my last email']);
  });

  it('is ignored with a message naming the entry when it fails its schema, and the last valid one stays', async () => {
    await fakeBrowser.storage.managed.set({ playbook: POLICY });
    await sync();
    const before = await repo().list();
    await fakeBrowser.storage.managed.set({ playbook: BROKEN_POLICY });
    const status = await sync();
    expect(status).toMatchObject({ state: 'invalid', keptCount: 2 });
    expect(status.state === 'invalid' && status.message).toMatch(/entry 2 \("everything"\).*matches everything/);
    expect(await repo().list()).toEqual(before);
  });

  it('leaves when the policy is removed, and the team’s own playbook applies again', async () => {
    await fakeBrowser.storage.managed.set({ playbook: POLICY });
    await sync();
    await fakeBrowser.storage.managed.remove('playbook');
    expect(await sync()).toEqual({ state: 'absent' });
    const effective = effectivePlaybook(await repo().list());
    expect(effective.managed).toBe(false);
    expect(effective.neverSend.map((n) => n.phrase)).toEqual(['kindly revert']);
  });

  it('is absent, not a crash, where managed storage is missing or throws (Firefox without a policy)', async () => {
    expect(await readManagedPlaybook(undefined)).toEqual({ state: 'absent' });
    expect(await readManagedPlaybook({ get: () => Promise.reject(new Error('Managed storage manifest not found')) })).toEqual({ state: 'absent' });
    expect(await readManagedPlaybook({ get: () => { throw new Error('not implemented'); } })).toEqual({ state: 'absent' });
  });
});

describe('the playbook on the options page', () => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  let root: Root;
  let container: HTMLElement;
  const byTestId = (id: string) => [...container.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

  function render() {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => root.render(<PlaybookSection deps={{ open: async () => db, managed: () => fakeBrowser.storage.managed }} />));
  }
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('shows a valid policy as locked, with the team’s own entries set aside', async () => {
    await fakeBrowser.storage.managed.set({ playbook: POLICY });
    render();
    await flushUntil(() => byTestId('playbook-locked').length === 1, 3000);
    const locked = byTestId('playbook-locked')[0]!;
    expect(locked.querySelectorAll('[data-testid="playbook-entry"][data-source="managed"]')).toHaveLength(2);
    // Locked entries have no remove button; only the team's own do.
    expect(locked.querySelectorAll('[data-testid="playbook-remove"]')).toHaveLength(0);
    expect(container.textContent).toContain('(not in use)');
  });

  it('warns about an invalid policy and keeps the last valid playbook locked', async () => {
    await fakeBrowser.storage.managed.set({ playbook: POLICY });
    await sync();
    await fakeBrowser.storage.managed.set({ playbook: { ...POLICY, version: 2 } });
    render();
    await flushUntil(() => byTestId('playbook-managed-warning').length === 1, 3000);
    expect(byTestId('playbook-managed-warning')[0]!.textContent).toMatch(/version 2.*last valid managed playbook \(2 entries\) still applies/);
    expect(byTestId('playbook-locked')).toHaveLength(1);
  });
});

describe('syncing the same policy again', () => {
  it('writes nothing when the policy has not changed (open sidebars are not woken for nothing)', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.managed.set({ playbook: POLICY });
    await sync();
    const stamps = (await repo().list()).map((row) => [row.id, row.updatedAt]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await sync()).toEqual({ state: 'locked', count: 2 });
    expect((await repo().list()).map((row) => [row.id, row.updatedAt])).toEqual(stamps);
  });
});
