import { maskedTokens, type MaskedToken } from './mask';

// Finding known canned responses (flagged or approved macros) inside a draft, tolerant of the
// masked parts (names, numbers, ids) and of small edits: each item is indexed by its 3-token
// shingles; a draft's shingles vote for the items that contain them; an item is found when
// enough of its shingles appear in the draft. Building the index is linear in the items'
// total length; matching is linear in the draft (each shingle is one map lookup).

export interface CannedItem {
  id: string;
  text: string;
}

export interface CannedMatch {
  id: string;
  /** Share of the item's shingles found in the draft, 0–1. */
  containment: number;
  /** The region of the draft that holds the macro (UTF-16 offsets). */
  start: number;
  end: number;
}

const SHINGLE = 3;
/** An item counts as present when this share of its shingles is in the draft. */
export const DEFAULT_THRESHOLD = 0.6;
/** Shorter items ("Thanks!") would match half the drafts; they are left out of matching. */
export const MIN_TOKENS = 4;

interface IndexedItem {
  id: string;
  shingleCount: number;
}

export interface CannedIndex {
  items: IndexedItem[];
  /** Shingle key → indexes into `items`. */
  postings: Map<string, number[]>;
}

function shingleKeys(tokens: MaskedToken[]): { key: string; start: number; end: number }[] {
  const out: { key: string; start: number; end: number }[] = [];
  for (let i = 0; i + SHINGLE <= tokens.length; i++) {
    const run = tokens.slice(i, i + SHINGLE);
    out.push({ key: run.map((t) => t.value).join(' '), start: run[0]!.start, end: run[SHINGLE - 1]!.end });
  }
  return out;
}

export function buildCannedIndex(items: readonly CannedItem[]): CannedIndex {
  const indexed: IndexedItem[] = [];
  const postings = new Map<string, number[]>();
  for (const item of items) {
    const tokens = maskedTokens(item.text);
    if (tokens.length < MIN_TOKENS) continue;
    const keys = new Set(shingleKeys(tokens).map((s) => s.key));
    const position = indexed.length;
    indexed.push({ id: item.id, shingleCount: keys.size });
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(position);
      else postings.set(key, [position]);
    }
  }
  return { items: indexed, postings };
}

/** Items found in the draft, best first. */
export function matchCanned(index: CannedIndex, draft: string, threshold = DEFAULT_THRESHOLD): CannedMatch[] {
  const hits = new Map<number, { keys: Set<string>; start: number; end: number }>();
  for (const shingle of shingleKeys(maskedTokens(draft))) {
    const list = index.postings.get(shingle.key);
    if (!list) continue;
    for (const position of list) {
      const hit = hits.get(position);
      if (!hit) hits.set(position, { keys: new Set([shingle.key]), start: shingle.start, end: shingle.end });
      else {
        hit.keys.add(shingle.key);
        hit.start = Math.min(hit.start, shingle.start);
        hit.end = Math.max(hit.end, shingle.end);
      }
    }
  }
  const matches: CannedMatch[] = [];
  for (const [position, hit] of hits) {
    const item = index.items[position]!;
    const containment = hit.keys.size / item.shingleCount;
    if (containment >= threshold) matches.push({ id: item.id, containment, start: hit.start, end: hit.end });
  }
  return matches.sort((a, b) => b.containment - a.containment || a.start - b.start);
}

