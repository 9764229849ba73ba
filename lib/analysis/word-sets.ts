// Many small sets of vocabulary ids (pattern.ts vocabId, always ≥ 1) in one Int32Array: an
// open-addressing table per set, side by side. Why: the matcher's neighbour and start tests
// asked a FirstSet object and its Set<number> (couldStart), and with thousands of patterns those
// objects are rarely in the CPU cache: a test touched two or three cold cache lines, and such
// tests were a twelfth of a draft's time (profile 2026-11-22). A probe here reads one.

export interface WordSets {
  /** The tables; 0 is an empty slot. */
  table: Int32Array;
  /** Per set: where its table starts, and its size - 1 (a power of two - 1); -1 for no set. */
  at: Int32Array;
  mask: Int32Array;
}

/** One table per entry of `sets` (undefined: none, and inWordSet must not be asked about it). */
export function buildWordSets(sets: ReadonlyArray<ReadonlySet<number> | undefined>): WordSets {
  const at = new Int32Array(sets.length).fill(-1);
  const mask = new Int32Array(sets.length).fill(-1);
  let total = 0;
  sets.forEach((ids, k) => {
    if (!ids) return;
    let size = 2;
    while (size < 2 * ids.size) size *= 2;
    at[k] = total;
    mask[k] = size - 1;
    total += size;
  });
  const table = new Int32Array(total);
  sets.forEach((ids, k) => {
    if (!ids) return;
    for (const id of ids) {
      if (id <= 0) throw new Error(`word set: bad vocabulary id ${id}`);
      let h = slotOf(id, mask[k]!);
      while (table[at[k]! + h] !== 0 && table[at[k]! + h] !== id) h = (h + 1) & mask[k]!;
      table[at[k]! + h] = id;
    }
  });
  return { table, at, mask };
}

function slotOf(id: number, mask: number): number {
  const h = Math.imul(id, 0x9e3779b1);
  return (h ^ (h >>> 15)) & mask;
}

/** Whether set k holds vocabulary id `id` (0, a word without an id, is in no set). */
export function inWordSet(ws: WordSets, k: number, id: number): boolean {
  return inTable(ws.table, ws.at[k]!, ws.mask[k]!, id);
}

/**
 * inWordSet for the set whose table starts at `at` with size mask `mask` (ws.at[k], ws.mask[k]):
 * for callers that keep those two beside their own per-set values, so that a test reads no
 * cache line of `at` and `mask` (PatternIndex's per-pattern records).
 */
export function inTable(table: Int32Array, at: number, mask: number, id: number): boolean {
  if (id === 0) return false;
  for (let h = slotOf(id, mask); ; h = (h + 1) & mask) {
    const v = table[at + h]!;
    if (v === id) return true;
    if (v === 0) return false;
  }
}

/** Where set k holds `id` in ws.table (an index for values kept beside the table), or -1. */
export function slotInWordSet(ws: WordSets, k: number, id: number): number {
  return slotInTable(ws.table, ws.at[k]!, ws.mask[k]!, id);
}

/** slotInWordSet for the set at `at` with size mask `mask` (see inTable). */
export function slotInTable(table: Int32Array, at: number, mask: number, id: number): number {
  if (id === 0) return -1;
  for (let h = slotOf(id, mask); ; h = (h + 1) & mask) {
    const v = table[at + h]!;
    if (v === id) return at + h;
    if (v === 0) return -1;
  }
}
