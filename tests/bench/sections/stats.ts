import { aggregate, eventsToCsv, makeStatsBundle, mergeBundles, parseStatsBundle } from '../../../lib/stats';
import { generateEvents } from '../../stats/make-event';

// Issue 8 bars, pure parts (lib/stats): with 100,000 events, aggregation for the dashboard
// < 300 ms and CSV export < 1 s; merging 10 bundles of 10,000 events < 3 s (parse + validate +
// dedupe; the database write of a merge is measured in the db section).

const DAY = 86_400_000;
const FROM = Date.UTC(2026, 7, 24);

// Wall time is what a manager waits; CPU time is printed beside it because on a loaded machine
// wall time measures the other processes too.
let lastCpuMs = 0;
function time<T>(fn: () => T): [T, number] {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const result = fn();
  const used = process.cpuUsage(cpu);
  lastCpuMs = (used.user + used.system) / 1000;
  return [result, performance.now() - t];
}

const verdict = (ms: number, bar: number) =>
  `${ms.toFixed(1)} ms wall, ${lastCpuMs.toFixed(1)} ms cpu (bar < ${bar} ms) ${ms < bar ? 'OK' : 'OVER'}`;

export default {
  name: 'statistics (issue 8)',
  async run() {
    const events = generateEvents(100_000, FROM, 90 * DAY);
    aggregate(events.slice(0, 1000), { from: FROM, to: FROM + 90 * DAY, timeZone: 'Europe/Berlin' }); // warm up
    const [summary, aggMs] = time(() => aggregate(events, { from: FROM, to: FROM + 90 * DAY, timeZone: 'Europe/Berlin' }));
    console.log(`  aggregate 100,000 events over 90 days (${summary.replies} replies): ${verdict(aggMs, 300)}`);
    const [, filteredMs] = time(() => aggregate(events, { from: FROM, to: FROM + 90 * DAY, timeZone: 'Europe/Berlin', category: 'redirect', rep: 'Dana' }));
    console.log(`  aggregate with rep + category filters: ${verdict(filteredMs, 300)}`);
    const [csv, csvMs] = time(() => eventsToCsv(events));
    console.log(`  CSV of 100,000 events (${(csv.length / 1e6).toFixed(1)} MB): ${verdict(csvMs, 1000)}`);

    const texts = Array.from({ length: 10 }, (_, i) =>
      JSON.stringify(makeStatsBundle(`rep-${i}`, FROM + 90 * DAY, generateEvents(10_000, FROM, 90 * DAY, i + 2))),
    );
    const [merged, mergeMs] = time(() => mergeBundles(texts.map(parseStatsBundle)));
    console.log(`  parse, validate and merge 10 bundles × 10,000 events (${merged.length} events): ${verdict(mergeMs, 3000)}`);
  },
};
