import analyzer from './sections/analyzer';
import canned from './sections/canned';
import db from './sections/db';
import e2e from './sections/e2e';
import stats from './sections/stats';
import recovery from './sections/recovery';

// `npm run bench [-- NAME…]`: runs each section in order and prints its numbers (STYLE.md
// habit 10: a benchmark is a program that prints numbers, not a timed assertion). To add a
// section, write tests/bench/sections/<name>.ts exporting `{ name, run(): Promise<void> }` as
// its default, and add it to SECTIONS. Arguments filter sections by a substring of their name.

export interface BenchSection {
  name: string;
  run(): Promise<void>;
}

const SECTIONS: BenchSection[] = [analyzer, canned, db, stats, recovery, e2e];

async function main(): Promise<void> {
  const filters = process.argv.slice(2).map((a) => a.toLowerCase());
  const chosen = SECTIONS.filter((s) => filters.length === 0 || filters.some((f) => s.name.toLowerCase().includes(f)));
  if (chosen.length === 0) {
    console.error(`no section matches ${filters.join(', ')}; sections: ${SECTIONS.map((s) => s.name).join(' | ')}`);
    process.exitCode = 2;
    return;
  }
  for (const s of chosen) {
    console.log(`\n== ${s.name} ==`);
    const t = performance.now();
    try {
      await s.run();
    } catch (e) {
      console.log(`  FAILED: ${(e as Error).stack ?? String(e)}`);
      process.exitCode = 1;
    }
    console.log(`  (section took ${((performance.now() - t) / 1000).toFixed(1)} s)`);
  }
}

await main();
