import { describe, expect, it } from 'vitest';
import { EventRecord } from '@/lib/db/schemas/event';
import { emptyTally, eventAtSend, tallyReducer, type TallyAction, type TallyFinding } from '@/lib/stats/reply-tally';

// The reducer against tallies worked out by hand, in the order a rep produces the facts.

const f = (category: TallyFinding['category'], hasRewrite = true): TallyFinding => ({ category, hasRewrite });
const run = (actions: TallyAction[]) => actions.reduce(tallyReducer, emptyTally());
const SEND = { site: 'zendesk', rep: 'Sam', at: Date.UTC(2026, 10, 20, 9, 30) };

describe('one reply tally', () => {
  it('counts a typed redirect once although it is re-analyzed while it grows, and a second one typed after the fix again', () => {
    const tally = run([
      { type: 'analyzed', findings: [], score: 100 }, // "Hi Marco,"
      { type: 'analyzed', findings: [f('redirect')], score: 70 }, // "… please contact"
      { type: 'analyzed', findings: [f('redirect')], score: 65 }, // "… please contact them directly"
      { type: 'rewrite-applied', category: 'redirect' },
      { type: 'analyzed', findings: [], score: 95 }, // rewritten
      { type: 'analyzed', findings: [f('redirect'), f('hollow_closer')], score: 60 }, // typed another, and a closer
      { type: 'finding-dismissed', category: 'hollow_closer' },
      { type: 'analyzed', findings: [f('redirect'), f('hollow_closer')], score: 60 },
    ]);
    const event = eventAtSend(tally, SEND)!;
    // found: redirect rose 0→1, then 0→1 again = 2; hollow_closer rose once = 1.
    expect(event.findingsAtFirst).toEqual({ redirect: 2, hollow_closer: 1 });
    expect(event.findingsAtSend).toEqual({ redirect: 1, hollow_closer: 1 });
    // The draft at its worst, and as sent.
    expect(event.scoreAtFirst).toBe(60);
    expect(event.scoreAtSend).toBe(60);
    expect(event.suggestions.byCategory).toEqual({
      redirect: { shown: 2, applied: 1, dismissed: 0 },
      hollow_closer: { shown: 1, applied: 0, dismissed: 1 },
    });
    expect(event).toMatchObject({ site: 'zendesk', rep: 'Sam', at: SEND.at, flaggedCannedSent: false });
  });

  it('counts a finding without a rewrite as found but not as a suggestion shown', () => {
    const event = eventAtSend(run([{ type: 'analyzed', findings: [f('policy_wall', false), f('policy_wall')], score: 40 }]), SEND)!;
    expect(event.findingsAtFirst).toEqual({ policy_wall: 2 });
    expect(event.suggestions.byCategory).toEqual({ policy_wall: { shown: 1, applied: 0, dismissed: 0 } });
  });

  it('counts each recovery tier shown once per draft and every insert as applied', () => {
    const tally = run([
      { type: 'analyzed', findings: [], score: 90 },
      { type: 'tiers-shown', tiers: ['minimal', 'customer_focused', 'try_harder'] },
      { type: 'tiers-shown', tiers: ['minimal', 'customer_focused', 'try_harder'] },
      { type: 'tier-inserted', tier: 'try_harder' },
      { type: 'tier-inserted', tier: 'try_harder' },
    ]);
    expect(eventAtSend(tally, SEND)!.suggestions.byTier).toEqual({
      minimal: { shown: 1, applied: 0, dismissed: 0 },
      customer_focused: { shown: 1, applied: 0, dismissed: 0 },
      try_harder: { shown: 1, applied: 2, dismissed: 0 },
    });
  });

  it('counts a tier inserted without the panel seen open as shown (the insert proves it was offered)', () => {
    const tally = run([{ type: 'analyzed', findings: [], score: 90 }, { type: 'tier-inserted', tier: 'minimal' }]);
    expect(eventAtSend(tally, SEND)!.suggestions.byTier).toEqual({ minimal: { shown: 1, applied: 1, dismissed: 0 } });
  });

  it('keeps the latest situations and signals once each, and the flagged-canned answer', () => {
    const tally = run([
      { type: 'customer', situations: ['general'], signals: [] },
      { type: 'customer', situations: ['partner_error', 'partner_error'], signals: ['deadline', 'repeat_contact'] },
      { type: 'flagged-canned', detected: true },
      { type: 'analyzed', findings: [f('redirect')], score: 70 },
    ]);
    const event = eventAtSend(tally, SEND)!;
    expect(event.situations).toEqual(['partner_error']);
    expect(event.signals).toEqual(['deadline', 'repeat_contact']);
    expect(event.flaggedCannedSent).toBe(true);
  });

  it('never reports fewer suggestions shown than acted on', () => {
    // A dismissal of a finding whose rise was not seen (its analysis raced the click).
    const tally = run([{ type: 'analyzed', findings: [], score: 100 }, { type: 'finding-dismissed', category: 'vague_timeline' }]);
    expect(eventAtSend(tally, SEND)!.suggestions.byCategory).toEqual({ vague_timeline: { shown: 1, applied: 0, dismissed: 1 } });
  });

  it('yields nothing for a draft that was never analyzed', () => {
    expect(eventAtSend(run([{ type: 'customer', situations: ['general'], signals: [] }]), SEND)).toBeNull();
  });

  it('yields a row the events table accepts (counts only, strict schema)', () => {
    const event = eventAtSend(run([{ type: 'analyzed', findings: [f('blame_shift')], score: 55 }]), SEND)!;
    const row = { ...event, id: 'e1', createdAt: SEND.at, updatedAt: SEND.at, source: { kind: 'own' } };
    expect(EventRecord.safeParse(row).success).toBe(true);
    expect(JSON.stringify(row)).not.toMatch(/please|contact|Marco/i);
  });
});
