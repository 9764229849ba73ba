import type { MatchEnv, Node } from './pattern';
import { F_ALLCAPS, F_CAP, F_EMAIL, F_NUM, F_PUNCT, F_URL, F_WORD } from './tokenize';

// A pattern's node tree, flattened into one Int32Array for the bit-mask matcher. Walking the
// tree touched an object, an items array and typed arrays per node, scattered over the heap;
// between two match attempts the rest of the scan evicts them, and those cache misses were
// most of a match attempt's cost. The same walk over one contiguous array reads a few cache
// lines. Semantics are exactly pattern.ts's stepMask (set-based, offsets up to 30).
//
// Layout: every op starts with [op, length in ints], so a walker can skip it.
//   WORDS      [op, len, nLemmas, prefixIndex (-1: none), ...lemma ids, ...form ids]
//   WORDS_SORTED  the same, each list sorted (searched, not scanned)
//   WORDS_BIG  [op, 3, nodeIndex]          a word set too big for ids: strings (the node)
//   CLASS_BIT  [op, 3, flag bit (-1: ANY)] a token class
//   CLASS_ENT  [op, 3, nameIndex]          an entity class
//   SEQ / ALT  [op, len, ...items]
//   ALT_DISP   [op, len, nKeys, nGeneric, ...keys (sorted word ids), ...list starts (nKeys + 1),
//               ...lists (option offsets by key), ...generic option offsets, ...options]
//   OPT        [op, len, item]
//   GAP        [op, 4, min, max]
//   LEAD / END [op, 2]

const WORDS = 1;
const WORDS_BIG = 2;
const CLASS_BIT = 3;
const CLASS_ENT = 4;
const SEQ = 5;
const ALT = 6;
const ALT_DISP = 7;
const OPT = 8;
const GAP = 9;
const LEAD = 10;
const END = 11;
const WORDS_SORTED = 12;

/** Word ids a WORDS op compares one by one; longer lists are sorted and searched (WORDS_SORTED). */
const LINEAR_IDS = 8;

const BITS: Record<string, number | undefined> = { ANY: -1, WORD: F_WORD, NUM: F_NUM, CAP: F_CAP, ALLCAPS: F_ALLCAPS, URL: F_URL, EMAIL: F_EMAIL, PUNCT: F_PUNCT };

export interface Program {
  code: Int32Array;
  prefixes: string[][];
  names: string[];
  big: Array<Extract<Node, { t: 'words' }>>;
  /** The largest vocabulary id the program compares: a text prepared before it existed can't use it. */
  maxId: number;
}

/** Flattens a compiled node (after buildDispatch, which gives word items and big alternations their ids). */
export function compileProgram(root: Node): Program {
  const code: number[] = [];
  const prog: Program = { code: new Int32Array(0), prefixes: [], names: [], big: [], maxId: 0 };
  const emit = (n: Node): number => {
    const at = code.length;
    switch (n.t) {
      case 'words': {
        if (n.ids === undefined) {
          code.push(WORDS_BIG, 3, prog.big.length);
          prog.big.push(n);
          break;
        }
        emitWords([n]);
        break;
      }
      case 'class': {
        const bit = BITS[n.name];
        if (bit !== undefined) code.push(CLASS_BIT, 3, bit);
        else { code.push(CLASS_ENT, 3, prog.names.length); prog.names.push(n.name); }
        break;
      }
      case 'seq':
        code.push(SEQ, 0);
        // A sequence inside a sequence (a macro, a group) runs as part of it: one call less.
        for (const it of seqItems(n)) emit(it);
        break;
      case 'alt': {
        // Options that are one word item each test one token: one WORDS op with all their
        // words tests it once (the same bits: an alternation ORs its options' masks, and a
        // word item's mask is per token). Why: "(i | we)", "(the | your | their)" were half
        // the ops a match attempt ran, each a call of its own (2026-11-23).
        const single = n.options.filter(isIdWords);
        const rest = n.options.filter((o) => !isIdWords(o));
        if (rest.length === 0) { emitWords(single); break; }
        if (!n.idDispatch) {
          code.push(ALT, 0);
          if (single.length) emitWords(single);
          for (const o of rest) emit(o);
          break;
        }
        if (single.length) {
          // The word options as one op before the dispatching rest (ALT_DISP skips them).
          code.push(ALT, 0);
          emitWords(single);
          emitDispatch(n, rest);
          code[at + 1] = code.length - at;
          return at;
        }
        emitDispatch(n, n.options);
        break;
      }
      case 'opt':
        code.push(OPT, 0);
        emit(n.node);
        break;
      case 'gap': code.push(GAP, 4, n.min, n.max); break;
      case 'lead': code.push(LEAD, 2); break;
      case 'end': code.push(END, 2); break;
    }
    code[at + 1] = code.length - at;
    return at;
  };
  /** One WORDS op testing every word item of `items` (their lemma ids, form ids and prefixes). */
  const emitWords = (items: Array<Extract<Node, { t: 'words' }>>): void => {
    const lemmaIds: number[] = [];
    const formIds: number[] = [];
    const prefixes: string[] = [];
    for (const w of items) {
      lemmaIds.push(...w.ids!.subarray(0, w.nLemmas!));
      formIds.push(...w.ids!.subarray(w.nLemmas!));
      prefixes.push(...w.prefixes);
      prog.maxId = Math.max(prog.maxId, w.maxId!);
    }
    let pre = -1;
    if (prefixes.length) { pre = prog.prefixes.length; prog.prefixes.push(prefixes); }
    // Merged options can hold a hundred words: past a few, a binary search over sorted ids.
    const sorted = lemmaIds.length > LINEAR_IDS || formIds.length > LINEAR_IDS;
    if (sorted) { lemmaIds.sort((a, b) => a - b); formIds.sort((a, b) => a - b); }
    code.push(sorted ? WORDS_SORTED : WORDS, 4 + lemmaIds.length + formIds.length, lemmaIds.length, pre, ...lemmaIds, ...formIds);
  };
  /**
   * An alternation's `options` (some of n.options) behind its dispatch table, whose lists
   * keep only those options. The table sits in the code too (a binary search over sorted
   * keys), so a lookup reads the lines the options are in anyway rather than a Map's.
   */
  const emitDispatch = (n: Extract<Node, { t: 'alt' }>, options: Node[]): void => {
    const at = code.length;
    const kept = new Set(options);
    const keys: number[] = [];
    const lists: Node[][] = [];
    for (const k of [...n.idDispatch!.keys()].sort((a, b) => a - b)) {
      const l = n.idDispatch!.get(k)!.filter((o) => kept.has(o));
      if (l.length) { keys.push(k); lists.push(l); }
    }
    const nList = lists.reduce((a, l) => a + l.length, 0);
    const generic = n.generic!.filter((o) => kept.has(o));
    code.push(ALT_DISP, 0, keys.length, generic.length, ...keys);
    const startsAt = code.length;
    let off = startsAt + keys.length + 1;
    for (const l of lists) { code.push(off); off += l.length; }
    code.push(off);
    const listsAt = code.length;
    for (let i = 0; i < nList + generic.length; i++) code.push(0);
    const pcOf = new Map<Node, number>();
    for (const o of options) pcOf.set(o, emit(o));
    let w = listsAt;
    for (const l of lists) for (const o of l) code[w++] = pcOf.get(o)!;
    for (const o of generic) code[w++] = pcOf.get(o)!;
    prog.maxId = Math.max(prog.maxId, n.maxId!);
    code[at + 1] = code.length - at;
  };
  emit(root);
  prog.code = Int32Array.from(code);
  return prog;
}

/** A word item the program compares by ids (a big one keeps its strings: WORDS_BIG). */
function isIdWords(n: Node): n is Extract<Node, { t: 'words' }> {
  return n.t === 'words' && n.ids !== undefined;
}

/** The items of a sequence with nested sequences spliced in (the same matches: concatenation is associative). */
function seqItems(n: Extract<Node, { t: 'seq' }>): Node[] {
  return n.items.flatMap((it) => (it.t === 'seq' ? seqItems(it) : [it]));
}

/** Set when a position past offset 30 was dropped: the answer is then incomplete. */
let programOverflow = false;

/** Whether the last runProgram dropped a position past offset 30 (its mask is then incomplete). */
export function programOverflowed(): boolean {
  return programOverflow;
}
const TOP = 30;

/** Runs a program from position `base`: the bit mask of the positions (offsets from base) a match can end at. */
export function runProgram(prog: Program, base: number, env: MatchEnv, limit: number): number {
  programOverflow = false;
  return run(prog, 0, 1, base, env, limit);
}

/** Index of `key` among the nKeys sorted keys at code[at..], or -1. */
function findKey(code: Int32Array, at: number, nKeys: number, key: number): number {
  let lo = 0;
  let hi = nKeys - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = code[at + mid]!;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * A WORDS op: the offsets of `mask` whose token has one of its lemma or form ids (or a
 * prefix), each moved one token on. A function of its own, called straight from SEQ, ALT and
 * OPT: word items are most of the ops an attempt runs, and this leaf can be inlined where
 * run, being recursive, cannot (one switch and one frame less per word item).
 */
function words(prog: Program, pc: number, mask: number, base: number, env: MatchEnv, limit: number): number {
  const code = prog.code;
  const nl = code[pc + 2]!;
  const pre = code[pc + 3]!;
  const from = pc + 4;
  const mid = from + nl;
  const to = pc + code[pc + 1]!;
  let out = 0;
  let m = mask;
  while (m) {
    const k = 31 - Math.clz32(m);
    m &= ~(1 << k);
    const p = base + k;
    if (p >= limit) continue;
    let hit = false;
    const lid = env.lid[p]!;
    for (let i = from; i < mid; i++) if (code[i] === lid) { hit = true; break; }
    if (!hit) {
      const nid = env.nid[p]!;
      for (let i = mid; i < to; i++) if (code[i] === nid) { hit = true; break; }
    }
    if (!hit && pre >= 0) {
      const norm = env.tok.norm[p]!;
      for (const x of prog.prefixes[pre]!) if (norm.startsWith(x)) { hit = true; break; }
    }
    if (hit) {
      if (k < TOP) out |= 1 << (k + 1);
      else programOverflow = true;
    }
  }
  return out;
}

function run(prog: Program, pc: number, mask: number, base: number, env: MatchEnv, limit: number): number {
  if (mask === 0) return 0;
  const code = prog.code;
  switch (code[pc]) {
    case WORDS:
      return words(prog, pc, mask, base, env, limit);
    case WORDS_SORTED: {
      const nl = code[pc + 2]!;
      const pre = code[pc + 3]!;
      const from = pc + 4;
      const nf = code[pc + 1]! - 4 - nl;
      let out = 0;
      let m = mask;
      while (m) {
        const k = 31 - Math.clz32(m);
        m &= ~(1 << k);
        const p = base + k;
        if (p >= limit) continue;
        let hit = findKey(code, from, nl, env.lid[p]!) >= 0 || findKey(code, from + nl, nf, env.nid[p]!) >= 0;
        if (!hit && pre >= 0) {
          const norm = env.tok.norm[p]!;
          for (const x of prog.prefixes[pre]!) if (norm.startsWith(x)) { hit = true; break; }
        }
        if (hit) {
          if (k < TOP) out |= 1 << (k + 1);
          else programOverflow = true;
        }
      }
      return out;
    }
    case WORDS_BIG: {
      const node = prog.big[code[pc + 2]!]!;
      const tok = env.tok;
      let out = 0;
      let m = mask;
      while (m) {
        const k = 31 - Math.clz32(m);
        m &= ~(1 << k);
        const p = base + k;
        if (p >= limit) continue;
        let hit = node.lemmas.has(tok.lemma[p]!) || node.norms.has(tok.norm[p]!);
        if (!hit && node.prefixes.length) for (const x of node.prefixes) if (tok.norm[p]!.startsWith(x)) { hit = true; break; }
        if (hit) {
          if (k < TOP) out |= 1 << (k + 1);
          else programOverflow = true;
        }
      }
      return out;
    }
    case CLASS_BIT: {
      const bit = code[pc + 2]!;
      let out = 0;
      let m = mask;
      while (m) {
        const k = 31 - Math.clz32(m);
        m &= ~(1 << k);
        const p = base + k;
        if (p >= limit) continue;
        if (bit === -1 || env.tok.flags[p]! & bit) {
          if (k < TOP) out |= 1 << (k + 1);
          else programOverflow = true;
        }
      }
      return out;
    }
    case CLASS_ENT: {
      const name = prog.names[code[pc + 2]!]!;
      let out = 0;
      let m = mask;
      while (m) {
        const k = 31 - Math.clz32(m);
        m &= ~(1 << k);
        const p = base + k;
        if (p >= limit) continue;
        const ents = env.entities[p];
        if (!ents) continue;
        for (const e of ents) {
          if (e.name !== name || e.end > limit) continue;
          const o = e.end - base;
          if (o <= TOP) out |= 1 << o;
          else programOverflow = true;
        }
      }
      return out;
    }
    case SEQ: {
      const end = pc + code[pc + 1]!;
      let cur = mask;
      for (let q = pc + 2; q < end; q += code[q + 1]!) {
        cur = code[q] === WORDS ? words(prog, q, cur, base, env, limit) : run(prog, q, cur, base, env, limit);
        if (cur === 0) return 0;
      }
      return cur;
    }
    case ALT: {
      const end = pc + code[pc + 1]!;
      let out = 0;
      for (let q = pc + 2; q < end; q += code[q + 1]!) out |= code[q] === WORDS ? words(prog, q, mask, base, env, limit) : run(prog, q, mask, base, env, limit);
      return out;
    }
    case ALT_DISP: {
      const nKeys = code[pc + 2]!;
      const nGeneric = code[pc + 3]!;
      const keysAt = pc + 4;
      const startsAt = keysAt + nKeys;
      const genericAt = code[startsAt + nKeys]!;
      let out = 0;
      let m = mask;
      while (m) {
        const k = 31 - Math.clz32(m);
        m &= ~(1 << k);
        const p = base + k;
        if (p >= limit) continue;
        const one = 1 << k;
        const l = env.lid[p]!;
        const n = env.nid[p]!;
        // Options listed under both the lemma and the form run twice: the same bits again.
        const kl = l ? findKey(code, keysAt, nKeys, l) : -1;
        if (kl >= 0) for (let i = code[startsAt + kl]!, e = code[startsAt + kl + 1]!; i < e; i++) out |= run(prog, code[i]!, one, base, env, limit);
        const kn = n !== l && n ? findKey(code, keysAt, nKeys, n) : -1;
        if (kn >= 0) for (let i = code[startsAt + kn]!, e = code[startsAt + kn + 1]!; i < e; i++) out |= run(prog, code[i]!, one, base, env, limit);
        for (let i = genericAt, e = genericAt + nGeneric; i < e; i++) out |= run(prog, code[i]!, one, base, env, limit);
      }
      return out;
    }
    case OPT:
      return mask | (code[pc + 2] === WORDS ? words(prog, pc + 2, mask, base, env, limit) : run(prog, pc + 2, mask, base, env, limit));
    case GAP: {
      const min = code[pc + 2]!;
      const max = code[pc + 3]!;
      let out = 0;
      let m = mask;
      while (m) {
        const k = 31 - Math.clz32(m);
        m &= ~(1 << k);
        const p = base + k;
        for (let j = 0; j <= max && p + j <= limit; j++) {
          if (j >= 2 && env.clauseStart[p + j - 1] === 1) break;
          if (k + j > TOP) { programOverflow = true; break; }
          if (j >= min) out |= 1 << (k + j);
        }
      }
      return out;
    }
    case LEAD: {
      let out = 0;
      let m = mask;
      while (m) {
        const k = 31 - Math.clz32(m);
        m &= ~(1 << k);
        const p = base + k;
        if (p < limit && env.lead[p] === 1) out |= 1 << k;
      }
      return out;
    }
    case END: {
      let out = 0;
      let m = mask;
      while (m) {
        const k = 31 - Math.clz32(m);
        m &= ~(1 << k);
        const p = base + k;
        if (p >= limit || env.clauseEndBefore[p] === 1) out |= 1 << k;
      }
      return out;
    }
  }
  return 0;
}
