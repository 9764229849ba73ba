import type { EventRecord } from '../../lib/db/schemas/event';

/** An event with everything zero except what the test sets: figures stay hand-computable. */
export function makeEvent(overrides: Partial<EventRecord> & Pick<EventRecord, 'id' | 'at'>): EventRecord {
  return {
    createdAt: overrides.at,
    updatedAt: overrides.at,
    site: 'zendesk',
    rep: 'Sam',
    findingsAtFirst: {},
    findingsAtSend: {},
    scoreAtFirst: 50,
    scoreAtSend: 80,
    suggestions: { byCategory: {}, byTier: {} },
    situations: [],
    signals: [],
    flaggedCannedSent: false,
    source: { kind: 'own' },
    ...overrides,
  };
}

/** Many varied events from a seeded generator (deterministic), for round trips and the bench. */
export function generateEvents(count: number, from: number, spanMs: number, seed = 1): EventRecord[] {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const cats = ['redirect', 'blame_shift', 'policy_wall', 'hollow_empathy', 'hollow_closer', 'vague_timeline'] as const;
  const events: EventRecord[] = [];
  for (let i = 0; i < count; i++) {
    const at = from + Math.floor(next() * spanMs);
    const c = pick(cats);
    const first = 1 + Math.floor(next() * 3);
    const send = Math.floor(next() * (first + 1));
    events.push(
      makeEvent({
        id: `gen-${seed}-${i}`,
        at,
        site: pick(['zendesk', 'gmail', 'freshdesk']),
        rep: pick(['Sam', 'Dana', 'Lee', '=cmd()']),
        findingsAtFirst: { [c]: first },
        findingsAtSend: send ? { [c]: send } : {},
        scoreAtFirst: Math.floor(next() * 60),
        scoreAtSend: 40 + Math.floor(next() * 60),
        suggestions: {
          byCategory: { [c]: { shown: first, applied: first - send, dismissed: 0 } },
          byTier: next() < 0.3 ? { [pick(['minimal', 'customer_focused', 'try_harder'] as const)]: { shown: 3, applied: 1, dismissed: 0 } } : {},
        },
        situations: [pick(['our_mistake', 'partner_error', 'billing_error', 'general'] as const)],
        signals: next() < 0.5 ? [pick(['deadline', 'high_emotion', 'money_at_stake'] as const)] : [],
        flaggedCannedSent: next() < 0.1,
      }),
    );
  }
  return events;
}
