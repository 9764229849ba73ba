import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCustomerSources, parseDraftSources, toJsonl, type SourceFile } from './format';

// Regenerates tests/corpus/drafts.jsonl and customers.jsonl from the reviewable sources in
// tests/corpus/src. Run: npx tsx tests/corpus/build.ts

export const CORPUS_DIR = dirname(fileURLToPath(import.meta.url));
const SRC_DIR = join(CORPUS_DIR, 'src');
export const DRAFTS_JSONL = join(CORPUS_DIR, 'drafts.jsonl');
export const CUSTOMERS_JSONL = join(CORPUS_DIR, 'customers.jsonl');

function sources(prefix: string): SourceFile[] {
  return readdirSync(SRC_DIR)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name: `src/${name}`, text: readFileSync(join(SRC_DIR, name), 'utf8') }));
}

/** The JSON Lines the sources produce, in memory (the up-to-date test compares these). */
export function buildCorpus(): { drafts: string; customers: string } {
  return {
    drafts: toJsonl(parseDraftSources(sources('drafts-'))),
    customers: toJsonl(parseCustomerSources(sources('customers-'))),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { drafts, customers } = buildCorpus();
  writeFileSync(DRAFTS_JSONL, drafts);
  writeFileSync(CUSTOMERS_JSONL, customers);
  const count = (s: string) => s.split('\n').filter(Boolean).length;
  console.log(`wrote ${count(drafts)} drafts to ${DRAFTS_JSONL}`);
  console.log(`wrote ${count(customers)} customer messages to ${CUSTOMERS_JSONL}`);
}
