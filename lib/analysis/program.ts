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
//   WORDS_BIG  [op, 3, nodeIndex]          a word set too big for ids: strings (the node)
//   CLASS_BIT  [op, 3, flag bit (-1: ANY)] a token class
//   CLASS_ENT  [op, 3, nameIndex]          an entity class
//   SEQ / ALT  [op, len, ...items]
//   ALT_DISP   [op, len, nKeys, nGeneric, ...keys (sorted word ids), ...list starts (nKeys + 1),
//               ...lists (option offsets by key, with SURE_BY_LEMMA / SURE_BY_FORM), ...generic
//               option offsets, ...options]
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

/**
 * Flags of a dispatch list entry: the option is a WORDS op, or a SEQ whose first item is one,
 * that holds the key among its lemma ids (SURE_BY_LEMMA) or its form ids (SURE_BY_FORM). Reached
 * through the token's lemma (form) id, its word test passes, so the entry's first word is taken
 * without testing it again: most options under a key are a word or a phrase starting with it.
 */
const SURE_BY_LEMMA = 1 << 30;
const SURE_BY_FORM = 1 << 29;
/** And the option is the WORDS op itself: taking it reads nothing of the option's code (mostly not in cache). */
const SURE_WORD_ONLY = 1 << 28;
const ENTRY_PC = SURE_WORD_ONLY - 1;

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
      case 'seq': {
        const items = seqItems(n, []);
        if (items.length === 1) return emit(items[0]!);
        code.push(SEQ, 0);
        for (const it of items) emit(it);
        break;
      }
      case 'alt': {
        if (!n.idDispatch) {
          // The word options in one word set: a token is one of their words exactly when it
          // is one of the set's, and the set is one step where the options were a step each.
          const options = altOptions(n, []);
          const words = options.filter(isIdWords);
          const rest = options.filter((o) => !isIdWords(o));
          if (rest.length === 0) { emitWords(words); break; }
          if (rest.length === 1 && words.length === 0) return emit(rest[0]!);
          code.push(ALT, 0);
          if (words.length) emitWords(words);
          for (const o of rest) emit(o);
          break;
        }
        // The dispatch table sits in the code too (a binary search over sorted keys), so a
        // lookup reads the lines the options are in anyway rather than a Map's.
        const keys = [...n.idDispatch.keys()].sort((a, b) => a - b);
        const lists = keys.map((k) => n.idDispatch!.get(k)!);
        const nList = lists.reduce((a, l) => a + l.length, 0);
        const generic = n.generic!;
        code.push(ALT_DISP, 0, keys.length, generic.length, ...keys);
        const startsAt = code.length;
        let off = startsAt + keys.length + 1;
        for (const l of lists) { code.push(off); off += l.length; }
        code.push(off);
        const listsAt = code.length;
        for (let i = 0; i < nList + generic.length; i++) code.push(0);
        const pcOf = new Map<Node, number>();
        for (const o of n.options) pcOf.set(o, emit(o));
        let w = listsAt;
        keys.forEach((key, i) => {
          for (const o of lists[i]!) code[w++] = pcOf.get(o)! | sureFlags(o, key);
        });
        for (const o of generic) code[w++] = pcOf.get(o)!;
        prog.maxId = Math.max(prog.maxId, n.maxId!);
        break;
      }
      case 'opt': {
        // An optional optional item is the optional item.
        let inner = n.node;
        while (inner.t === 'opt') inner = inner.node;
        code.push(OPT, 0);
        emit(inner);
        break;
      }
      case 'gap': code.push(GAP, 4, n.min, n.max); break;
      case 'lead': code.push(LEAD, 2); break;
      case 'end': code.push(END, 2); break;
    }
    code[at + 1] = code.length - at;
    return at;
  };
  /** One WORDS op for the union of word sets (lemma ids, then form ids, then prefixes). */
  const emitWords = (sets: Array<Extract<Node, { t: 'words' }>>): void => {
    const lemmaIds: number[] = [];
    const formIds: number[] = [];
    const prefixes: string[] = [];
    for (const w of sets) {
      const ids = w.ids!;
      for (let i = 0; i < ids.length; i++) (i < w.nLemmas! ? lemmaIds : formIds).push(ids[i]!);
      prefixes.push(...w.prefixes);
      prog.maxId = Math.max(prog.maxId, w.maxId!);
    }
    let pre = -1;
    if (prefixes.length) { pre = prog.prefixes.length; prog.prefixes.push(prefixes); }
    code.push(WORDS, 4 + lemmaIds.length + formIds.length, lemmaIds.length, pre, ...lemmaIds, ...formIds);
  };
  emit(root);
  prog.code = Int32Array.from(code);
  return prog;
}

/** A sequence's items, those of nested sequences in their place (a sequence of sequences is one sequence). */
function seqItems(n: Extract<Node, { t: 'seq' }>, out: Node[]): Node[] {
  for (const it of n.items) {
    if (it.t === 'seq') seqItems(it, out);
    else out.push(it);
  }
  return out;
}

/** An alternation's options, those of nested alternations without a dispatch table in their place. */
function altOptions(n: Extract<Node, { t: 'alt' }>, out: Node[]): Node[] {
  for (const o of n.options) {
    if (o.t === 'alt' && !o.idDispatch) altOptions(o, out);
    else out.push(o);
  }
  return out;
}

/** The lemma and form ids of the one WORDS op `n` is emitted as, if it is (see compileProgram's emit). */
function wordOp(n: Node): { lemmas: number[]; forms: number[] } | undefined {
  let sets: Array<Extract<Node, { t: 'words' }>>;
  if (isIdWords(n)) sets = [n];
  else if (n.t === 'alt' && !n.idDispatch) {
    const options = altOptions(n, []);
    if (!options.every(isIdWords)) return undefined;
    sets = options as Array<Extract<Node, { t: 'words' }>>;
  } else if (n.t === 'seq') {
    const items = seqItems(n, []);
    return items.length === 1 ? wordOp(items[0]!) : undefined;
  } else return undefined;
  const out = { lemmas: [] as number[], forms: [] as number[] };
  for (const w of sets) for (let i = 0; i < w.ids!.length; i++) (i < w.nLemmas! ? out.lemmas : out.forms).push(w.ids![i]!);
  return out;
}

/** A dispatch option's SURE_BY_LEMMA / SURE_BY_FORM flags for `key`. */
function sureFlags(o: Node, key: number): number {
  let first = wordOp(o);
  if (!first && o.t === 'seq') {
    const items = seqItems(o, []);
    if (items.length > 1) first = wordOp(items[0]!);
  }
  if (!first) return 0;
  const sure = (first.lemmas.includes(key) ? SURE_BY_LEMMA : 0) | (first.forms.includes(key) ? SURE_BY_FORM : 0);
  return sure && wordOp(o) ? sure | SURE_WORD_ONLY : sure;
}

function isIdWords(n: Node): n is Extract<Node, { t: 'words' }> {
  return n.t === 'words' && n.ids !== undefined;
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
  const code = prog.code;
  // Most patterns are a sequence: its items run without the dispatch of the root.
  return code[0] === SEQ ? seqFrom(prog, code, 2, code[1]!, 1, base, env, limit) : run(prog, 0, 1, base, env, limit);
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

/** Whether token p is one of the words of the WORDS op at pc (as run's WORDS case tests it). */
function wordsHit(prog: Program, code: Int32Array, pc: number, p: number, env: MatchEnv): boolean {
  const from = pc + 4;
  const mid = from + code[pc + 2]!;
  const to = pc + code[pc + 1]!;
  const lid = env.lid[p]!;
  for (let i = from; i < mid; i++) if (code[i] === lid) return true;
  const nid = env.nid[p]!;
  for (let i = mid; i < to; i++) if (code[i] === nid) return true;
  const pre = code[pc + 3]!;
  if (pre >= 0) {
    const norm = env.tok.norm[p]!;
    for (const x of prog.prefixes[pre]!) if (norm.startsWith(x)) return true;
  }
  return false;
}

/**
 * run's WORDS step from a single position (mask one bit, not 0), without a call of run: most
 * steps are one word from one position, and the call was much of their cost.
 */
function wordStep(prog: Program, code: Int32Array, pc: number, mask: number, base: number, env: MatchEnv, limit: number): number {
  const k = 31 - Math.clz32(mask);
  const p = base + k;
  if (p >= limit || !wordsHit(prog, code, pc, p, env)) return 0;
  if (k >= TOP) { programOverflow = true; return 0; }
  return mask << 1;
}

/** A dispatch list entry run at the one position `one` (see SURE_BY_LEMMA). */
function runEntry(prog: Program, code: Int32Array, entry: number, sure: number, one: number, base: number, env: MatchEnv, limit: number): number {
  const pc = entry & ENTRY_PC;
  if ((entry & sure) === 0) return run(prog, pc, one, base, env, limit);
  if (one >= 1 << TOP) { programOverflow = true; return 0; }
  if (entry & SURE_WORD_ONLY) return one << 1;
  return seqFrom(prog, code, pc + 2 + code[pc + 3]!, pc + code[pc + 1]!, one << 1, base, env, limit);
}

/** The items of a SEQ from the one at q (before end) on. */
function seqFrom(prog: Program, code: Int32Array, q: number, end: number, mask: number, base: number, env: MatchEnv, limit: number): number {
  let cur = mask;
  for (; q < end; q += code[q + 1]!) {
    cur = code[q] === WORDS && (cur & (cur - 1)) === 0 ? wordStep(prog, code, q, cur, base, env, limit) : run(prog, q, cur, base, env, limit);
    if (cur === 0) return 0;
  }
  return cur;
}

function run(prog: Program, pc: number, mask: number, base: number, env: MatchEnv, limit: number): number {
  if (mask === 0) return 0;
  const code = prog.code;
  switch (code[pc]) {
    case WORDS: {
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
    case SEQ:
      return seqFrom(prog, code, pc + 2, pc + code[pc + 1]!, mask, base, env, limit);
    case ALT: {
      const end = pc + code[pc + 1]!;
      let out = 0;
      for (let q = pc + 2; q < end; q += code[q + 1]!) out |= run(prog, q, mask, base, env, limit);
      return out;
    }
    case ALT_DISP: {
      const nKeys = code[pc + 2]!;
      const nGeneric = code[pc + 3]!;
      const keysAt = pc + 4;
      const startsAt = keysAt + nKeys;

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
        if (kl >= 0) for (let i = code[startsAt + kl]!, e = code[startsAt + kl + 1]!; i < e; i++) out |= runEntry(prog, code, code[i]!, SURE_BY_LEMMA, one, base, env, limit);
        const kn = n !== l && n ? findKey(code, keysAt, nKeys, n) : -1;
        if (kn >= 0) for (let i = code[startsAt + kn]!, e = code[startsAt + kn + 1]!; i < e; i++) out |= runEntry(prog, code, code[i]!, SURE_BY_FORM, one, base, env, limit);
        // Where the generic options' list starts is read only when there are some (rarely): it
        // lies past the key table, mostly in a line not read otherwise.
        if (nGeneric) for (let i = code[startsAt + nKeys]!, e = i + nGeneric; i < e; i++) out |= run(prog, code[i]!, one, base, env, limit);
      }
      return out;
    }
    case OPT:
      return mask | run(prog, pc + 2, mask, base, env, limit);
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
