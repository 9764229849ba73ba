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
        let pre = -1;
        if (n.prefixes.length) { pre = prog.prefixes.length; prog.prefixes.push(n.prefixes); }
        code.push(WORDS, 4 + n.ids.length, n.nLemmas!, pre, ...n.ids);
        prog.maxId = Math.max(prog.maxId, n.maxId!);
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
        for (const it of n.items) emit(it);
        break;
      case 'alt': {
        if (!n.idDispatch) {
          code.push(ALT, 0);
          for (const o of n.options) emit(o);
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
        for (const l of lists) for (const o of l) code[w++] = pcOf.get(o)!;
        for (const o of generic) code[w++] = pcOf.get(o)!;
        prog.maxId = Math.max(prog.maxId, n.maxId!);
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
  emit(root);
  prog.code = Int32Array.from(code);
  return prog;
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
    case SEQ: {
      const end = pc + code[pc + 1]!;
      let cur = mask;
      for (let q = pc + 2; q < end; q += code[q + 1]!) {
        cur = run(prog, q, cur, base, env, limit);
        if (cur === 0) return 0;
      }
      return cur;
    }
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
