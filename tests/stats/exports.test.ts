import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { EventRecord } from '../../lib/db/schemas/event';
import {
  EVENT_COLUMNS,
  StatsBundleError,
  aggregate,
  daysToCsv,
  eventsToCsv,
  makeStatsBundle,
  mergeBundles,
  parseStatsBundle,
  repsToCsv,
} from '../../lib/stats';
import { generateEvents, makeEvent } from './make-event';

const FROM = Date.UTC(2026, 9, 1);
const SPAN = 30 * 86_400_000;

describe('CSV export', () => {
  const events = generateEvents(200, FROM, SPAN);

  it('round-trips every event through papaparse with the documented columns', () => {
    const parsed = Papa.parse<Record<string, string>>(eventsToCsv(events), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...EVENT_COLUMNS]);
    expect(parsed.data).toHaveLength(events.length);
    parsed.data.forEach((row, i) => {
      const event = events[i]!;
      expect(row.id).toBe(event.id);
      expect(Date.parse(row.sent_at!)).toBe(event.at);
      expect(Number(row.score_at_send)).toBe(event.scoreAtSend);
      const sentTotal = Object.values(event.findingsAtSend).reduce((a, b) => a + (b ?? 0), 0);
      const csvTotal = Object.keys(row).filter((k) => k.startsWith('send_')).reduce((a, k) => a + Number(row[k]), 0);
      expect(csvTotal).toBe(sentTotal);
      expect(row.situations!.split(';')).toEqual(event.situations);
    });
  });

  it('defuses cells a spreadsheet would execute', () => {
    const csv = eventsToCsv([makeEvent({ id: 'x', at: FROM, rep: '=HYPERLINK("http://evil")' })]);
    const [row] = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
    expect(row!.rep).toBe(`'=HYPERLINK("http://evil")`);
  });

  it('exports the aggregated table per day and per rep', () => {
    const summary = aggregate(events, { from: FROM, to: FROM + SPAN, timeZone: 'UTC' });
    const days = Papa.parse<Record<string, string>>(daysToCsv(summary), { header: true, skipEmptyLines: true }).data;
    expect(days).toHaveLength(30);
    expect(days.reduce((a, d) => a + Number(d.replies), 0)).toBe(200);
    const reps = Papa.parse<Record<string, string>>(repsToCsv(summary), { header: true, skipEmptyLines: true }).data;
    expect(reps.reduce((a, r) => a + Number(r.replies), 0)).toBe(200);
  });
});

describe('share-my-stats bundles', () => {
  const events = generateEvents(20, FROM, SPAN, 7);

  it('round-trips a bundle, and merging the same bundle twice changes nothing', () => {
    const text = JSON.stringify(makeStatsBundle('Dana', FROM + SPAN, events));
    const bundle = parseStatsBundle(text);
    expect(bundle.events).toEqual(events);
    const once = mergeBundles([bundle]);
    const twice = mergeBundles([bundle, parseStatsBundle(text)]);
    expect(twice).toEqual(once);
    expect(once).toHaveLength(20);
    expect(once.every((e) => e.source.kind === 'imported' && e.source.rep === 'Dana')).toBe(true);
  });

  it('refuses a truncated file', () => {
    const text = JSON.stringify(makeStatsBundle('Dana', FROM, events));
    expect(() => parseStatsBundle(text.slice(0, text.length / 2))).toThrow(/not a complete JSON file/);
  });

  it('refuses a bundle from a newer OwnUp with a message to update', () => {
    const text = JSON.stringify({ ...makeStatsBundle('Dana', FROM, events), version: 2 });
    expect(() => parseStatsBundle(text)).toThrow(/newer OwnUp.*update OwnUp/);
  });

  it('refuses a whole bundle with one invalid row, naming the row and field', () => {
    const bad = JSON.parse(JSON.stringify(makeStatsBundle('Dana', FROM, events)));
    bad.events[3].scoreAtSend = 'high';
    expect(() => parseStatsBundle(JSON.stringify(bad))).toThrow(StatsBundleError);
    expect(() => parseStatsBundle(JSON.stringify(bad))).toThrow(/events\[3\]\.scoreAtSend/);
  });

  it('refuses an event that carries reply text', () => {
    const bad = JSON.parse(JSON.stringify(makeStatsBundle('Dana', FROM, events)));
    bad.events[0].draft = 'Please contact Expedia.';
    expect(() => parseStatsBundle(JSON.stringify(bad))).toThrow(/events\[0\]/);
    expect(EventRecord.safeParse(bad.events[0]).success).toBe(false);
  });

  it('refuses a file that is not a stats bundle', () => {
    expect(() => parseStatsBundle(JSON.stringify({ format: 'ownup-notes', version: 1 }))).toThrow(/not an OwnUp stats bundle/);
  });
});
