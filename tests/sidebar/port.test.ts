import { describe, expect, it } from 'vitest';
import type { ContentToSidebar } from '@/lib/messaging/protocol';
import { createRuntimePortClient, type ConnectionStatus, type RuntimePortLike } from '@/components/sidebar/port';

/** A stand-in for browser.runtime.Port: the test plays the background's side of it. */
class FakeRuntimePort implements RuntimePortLike {
  posted: unknown[] = [];
  private messageListeners: ((message: unknown) => void)[] = [];
  private disconnectListeners: (() => void)[] = [];
  disconnected = false;
  postMessage(message: unknown) {
    if (this.disconnected) throw new Error('Attempting to use a disconnected port object');
    this.posted.push(message);
  }
  disconnect() {
    this.disconnected = true;
  }
  onMessage = { addListener: (l: (message: unknown) => void) => void this.messageListeners.push(l) };
  onDisconnect = { addListener: (l: () => void) => void this.disconnectListeners.push(l) };
  arrive(message: unknown) {
    for (const l of this.messageListeners) l(message);
  }
  drop() {
    this.disconnected = true;
    for (const l of this.disconnectListeners) l();
  }
}

function setup(options: { contextAlive?: () => boolean; connectThrows?: () => boolean } = {}) {
  const ports: FakeRuntimePort[] = [];
  const received: ContentToSidebar[] = [];
  const statuses: ConnectionStatus[] = [];
  const dropped: string[] = [];
  const timers: (() => void)[] = [];
  const client = createRuntimePortClient({
    connect: () => {
      if (options.connectThrows?.()) throw new Error('Extension context invalidated.');
      const port = new FakeRuntimePort();
      ports.push(port);
      return port;
    },
    isContextAlive: options.contextAlive ?? (() => true),
    retryDelaysMs: [1, 1],
    setTimer: (callback) => timers.push(callback),
    clearTimer: () => {},
    onDropped: (_raw, reason) => dropped.push(reason),
  });
  client.open({ onMessage: (m) => received.push(m), onStatus: (s) => statuses.push(s) });
  const runTimers = () => timers.splice(0).forEach((t) => t());
  return { client, ports, received, statuses, dropped, runTimers };
}

describe('sidebar port client', () => {
  it('passes valid messages on and drops everything that does not parse', () => {
    const { ports, received, dropped } = setup();
    const port = ports[0]!;
    port.arrive({ type: 'draft', revision: 1, text: 'hello', truncated: false });
    port.arrive({ type: 'draft', revision: -1, text: 'hello', truncated: false });
    port.arrive({ type: 'insert', requestId: 'x', revision: 1, mode: { kind: 'replace-all' }, text: 'forged' });
    port.arrive('<script>alert(1)</script>');
    port.arrive({ type: 'context', siteName: 'x' });
    port.arrive(null);
    expect(received).toEqual([{ type: 'draft', revision: 1, text: 'hello', truncated: false }]);
    expect(dropped).toHaveLength(5);
  });

  it('reconnects when the port drops while the extension is alive', () => {
    const { ports, statuses, runTimers, client } = setup();
    ports[0]!.drop();
    expect(statuses).toEqual(['connected', 'reconnecting']);
    expect(client.send({ type: 'ready' })).toBe(false);
    runTimers();
    expect(ports).toHaveLength(2);
    expect(statuses.at(-1)).toBe('connected');
    expect(client.send({ type: 'ready' })).toBe(true);
    expect(ports[1]!.posted).toEqual([{ type: 'ready' }]);
  });

  it('says the page needs a reload once the extension context is gone', () => {
    let alive = true;
    const { ports, statuses } = setup({ contextAlive: () => alive });
    alive = false;
    ports[0]!.drop();
    expect(statuses.at(-1)).toBe('invalidated');
  });

  it('gives up after its retries when every connect fails, saying the connection was lost', () => {
    let failing = false;
    const { ports, statuses, runTimers } = setup({ connectThrows: () => failing });
    failing = true;
    ports[0]!.drop();
    runTimers();
    runTimers();
    runTimers();
    expect(statuses.at(-1)).toBe('lost');
  });

  it('refuses to send a message the protocol does not allow', () => {
    const { ports, client } = setup();
    const tooLong = 'x'.repeat(100_001);
    expect(client.send({ type: 'insert', requestId: 'r', revision: 0, mode: { kind: 'at-caret' }, text: tooLong })).toBe(false);
    expect(ports[0]!.posted).toEqual([]);
  });

  it('stops listening after close', () => {
    const { ports, received, client } = setup();
    client.close();
    ports[0]!.arrive({ type: 'editor-gone' });
    expect(received).toEqual([]);
    expect(ports[0]!.disconnected).toBe(true);
  });
});
