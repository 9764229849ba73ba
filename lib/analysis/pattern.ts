import { lemmaOf, registerLemmas } from './lemma';
import * as programModule from './program';
import type { Program } from './program';
import * as tokenizeModule from './tokenize';
import type { Tokens } from './tokenize';

// Read once into module constants: matchAt and couldStart run per candidate, and under tsx
// each use of an imported name is a getter call (see compile.ts).
const { compileProgram, programOverflowed, runProgram } = programModule;
const { F_ALLCAPS, F_CAP, F_EMAIL, F_NUM, F_PUNCT, F_URL, F_WORD } = tokenizeModule;

// The pattern language of the catalog, matched over normalized tokens (never over the raw
// text). A pattern is a sequence of items separated by spaces:
//
//   contact            a word, compared by lemma: matches contact / contacted / contacting
//   =escalated         the exact normalized form only
//   apolog*            any word starting with "apolog"
//   contact|call|ring  one token, any of these (classes may be mixed in: ORG|PARTNER|them)
//   please?            the item is optional (also after a group: "(right now)?")
//   (reach out to | get in touch with)   a group: alternatives of sequences, separated by " | "
//   …{0,3}             skip 0 to 3 tokens (also written ...{0,3}); never across a sentence,
//                      nor past a new clause's start ("but", ";") after the first token
//   ORG TIME_VAGUE     an entity class (see entities) or a token class (NUM CAP WORD URL EMAIL PUNCT)
//   @party             a named macro from the lexicon, expanded in place
//   ^                  the start of a clause (lead-ins like "so", "Unfortunately," may precede)
//   $                  the end of a clause
//   \?  \,             a punctuation token
//
// Matching is set-based (every item maps the SET of positions reached so far to the set after
// it), so there is no backtracking; every pattern has a bounded length, and a match only
// starts on a token in the pattern's first set (an index lookup), so matching a draft is
// linear in its length. Speed (results never depend on it): the index wakes a pattern only at
// its rarest item (compile.ts), prefilter.ts drops it when a word it needs is missing from the
// sentence, and matchAt runs a flattened copy of the tree (program.ts).

export type Node = NodeKind & {
  /** The flattened form matchAt runs (program.ts), made on first use. */
  prog?: Program;
};

type NodeKind =
  | {
      t: 'words'; lemmas: Set<string>; norms: Set<string>; prefixes: string[];
      /** Vocabulary ids of `lemmas` then of `norms` (`nLemmas` of them), and the largest (buildDispatch). */
      ids?: Int32Array; nLemmas?: number; maxId?: number;
    }
  | { t: 'class'; name: string }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[]; dispatch?: Map<string, Node[]>; generic?: Node[]; idDispatch?: Map<number, Node[]>; maxId?: number }
  | { t: 'opt'; node: Node }
  | { t: 'gap'; min: number; max: number }
  | { t: 'lead' }
  | { t: 'end' };

export const TOKEN_CLASSES = new Set(['NUM', 'CAP', 'WORD', 'URL', 'EMAIL', 'PUNCT', 'ALLCAPS', 'ANY']);
/** Entity classes computed from one token's shape (compile.ts shapeEntities): always one token long. */
export const ONE_TOKEN_SHAPES = new Set(['CLOCK', 'NUMDATE', 'NAME', 'CODE', 'DOMAIN']);

export class PatternError extends Error {}

/**
 * Every word a pattern uses gets a small integer id, once, at compile time. A token looks its
 * lemma and form up here once per analysis (prepare.ts: MatchEnv.lid / nid), and matching then
 * compares integers instead of hashing strings again. Ids only grow; MatchEnv.vocab records how
 * many existed when a text was prepared, so a word registered later falls back to strings.
 */
export const VOCAB = new Map<string, number>();
export function vocabId(w: string): number {
  let id = VOCAB.get(w);
  if (id === undefined) {
    id = VOCAB.size + 1;
    VOCAB.set(w, id);
  }
  return id;
}


interface Lexeme { kind: 'open' | 'close' | 'bar' | 'atom'; text: string; optional: boolean }

function lex(src: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ' || c === '\t' || c === '\n') { i++; continue; }
    if (c === '(') { out.push({ kind: 'open', text: '(', optional: false }); i++; continue; }
    if (c === ')') {
      const optional = src[i + 1] === '?';
      out.push({ kind: 'close', text: ')', optional });
      i += optional ? 2 : 1;
      continue;
    }
    let e = i;
    while (e < src.length && !' \t\n()'.includes(src[e]!)) e++;
    let text = src.slice(i, e);
    i = e;
    if (text === '|') { out.push({ kind: 'bar', text, optional: false }); continue; }
    let optional = false;
    if (text.length > 1 && text.endsWith('?') && !text.endsWith('\\?')) { optional = true; text = text.slice(0, -1); }
    out.push({ kind: 'atom', text, optional });
  }
  return out;
}

export interface ParseEnv {
  macros: Record<string, string>;
  entityClasses: Set<string>;
}

export function parsePattern(src: string, env: ParseEnv, depth = 0): Node {
  if (depth > 8) throw new PatternError(`macros nest too deep in "${src}"`);
  const lx = lex(src);
  let pos = 0;
  const parseAlt = (): Node => {
    const options: Node[] = [parseSeq()];
    while (pos < lx.length && lx[pos]!.kind === 'bar') { pos++; options.push(parseSeq()); }
    return options.length === 1 ? options[0]! : { t: 'alt', options };
  };
  const parseSeq = (): Node => {
    const items: Node[] = [];
    while (pos < lx.length) {
      const l = lx[pos]!;
      if (l.kind === 'bar' || l.kind === 'close') break;
      pos++;
      if (l.kind === 'open') {
        const inner = parseAlt();
        const close = lx[pos];
        if (!close || close.kind !== 'close') throw new PatternError(`missing ")" in "${src}"`);
        pos++;
        items.push(close.optional ? { t: 'opt', node: inner } : inner);
        continue;
      }
      const atom = parseAtom(l.text, env, depth, src);
      items.push(l.optional ? { t: 'opt', node: atom } : atom);
    }
    if (items.length === 0) throw new PatternError(`empty sequence in "${src}"`);
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  };
  const node = parseAlt();
  if (pos < lx.length) throw new PatternError(`unexpected "${lx[pos]!.text}" in "${src}"`);
  return node;
}

const GAP_RE = /^(?:…|\.\.\.|\*)\{(\d{1,2}),(\d{1,2})\}$/;

const NOT_FORMS: Record<string, string> = { "can't": 'can', "won't": 'will', "shan't": 'shall', "ain't": 'be', cannot: 'can' };
const SUFFIXES: Record<string, string> = { "'ll": 'will', "'re": 'are', "'ve": 'have', "'m": 'am', "'d": 'would' };
const IS_BASES = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'how', 'this', 'everything', 'nothing', 'something']);

/** "can't" → can not, "you'll" → you will, "that's" → that is: patterns read like drafts. */
export function expandContraction(w: string): string[] | undefined {
  const nf = NOT_FORMS[w];
  if (nf) return [nf, 'not'];
  const ap = w.indexOf("'");
  if (ap <= 0) return undefined;
  const base = w.slice(0, ap);
  const suf = w.slice(ap);
  if (suf === "'t" && base.endsWith('n')) return [base.slice(0, -1), 'not'];
  const s = SUFFIXES[suf];
  if (s) return [base, s];
  if (suf === "'s") return base === 'let' ? ['let', 'us'] : IS_BASES.has(base) ? [base, 'is'] : undefined;
  return undefined;
}

function parseAtom(text: string, env: ParseEnv, depth: number, src: string): Node {
  const gap = GAP_RE.exec(text);
  if (gap) {
    const min = Number(gap[1]);
    const max = Number(gap[2]);
    if (min > max || max > 12) throw new PatternError(`bad gap ${text} in "${src}" (at most 12)`);
    return { t: 'gap', min, max };
  }
  if (text === '^') return { t: 'lead' };
  if (text === '$') return { t: 'end' };
  if (text.startsWith('@')) {
    const body = env.macros[text.slice(1)];
    if (body === undefined) throw new PatternError(`unknown macro ${text} in "${src}"`);
    return parsePattern(body, env, depth + 1);
  }
  const parts = text.includes('|') && text !== '|' ? text.split('|') : [text];
  const lemmas = new Set<string>();
  const norms = new Set<string>();
  const prefixes: string[] = [];
  const classes: Node[] = [];
  for (let p of parts) {
    if (p === '') throw new PatternError(`empty alternative in "${src}"`);
    if (/^[A-Z][A-Z_]+$/.test(p)) {
      if (!TOKEN_CLASSES.has(p) && !env.entityClasses.has(p)) throw new PatternError(`unknown class ${p} in "${src}"`);
      classes.push({ t: 'class', name: p });
      continue;
    }
    if (p.startsWith('\\')) p = p.slice(1);
    if (p !== p.toLowerCase()) throw new PatternError(`words are lower case: "${p}" in "${src}"`);
    if (p.startsWith('=') && p.length > 1) { norms.add(p.slice(1)); continue; }
    const expanded = expandContraction(p);
    if (expanded) {
      if (parts.length > 1) throw new PatternError(`write the contraction "${p}" in a group: (${expanded.join(' ')} | …) in "${src}"`);
      return parsePattern(expanded.join(' '), env, depth + 1);
    }
    if (p.endsWith('*') && p.length > 2) { prefixes.push(p.slice(0, -1)); continue; }
    registerLemmas([p]);
    lemmas.add(p);
  }
  const nodes: Node[] = [...classes];
  if (lemmas.size || norms.size || prefixes.length) nodes.push({ t: 'words', lemmas, norms, prefixes });
  return nodes.length === 1 ? nodes[0]! : { t: 'alt', options: nodes };
}

const DISPATCHED = new WeakSet<Node>();

/**
 * Big alternations ("@urge" has dozens of phrasings) get a dispatch table from a token's
 * lemma or form to the options that can start with it, so only those are tried.
 */
export function buildDispatch(node: Node): void {
  // Shared (interned) nodes get theirs once.
  if (DISPATCHED.has(node)) return;
  DISPATCHED.add(node);
  switch (node.t) {
    case 'words': {
      // Small word sets are compared as integers in one typed array (program.ts); a big one
      // keeps its string sets.
      if (node.lemmas.size + node.norms.size > MAX_ID_WORDS) return;
      const ids = [...node.lemmas, ...node.norms].map(vocabId);
      node.ids = Int32Array.from(ids);
      node.nLemmas = node.lemmas.size;
      node.maxId = Math.max(0, ...ids);
      return;
    }
    case 'seq': node.items.forEach(buildDispatch); return;
    case 'opt': buildDispatch(node.node); return;
    case 'alt': {
      node.options.forEach(buildDispatch);
      if (node.options.length < 4) return;
      const dispatch = new Map<string, Node[]>();
      const idDispatch = new Map<number, Node[]>();
      let maxId = 0;
      const generic: Node[] = [];
      for (const o of node.options) {
        const fs = firstSet(o);
        if (fs.nullable || fs.any || fs.prefixes.size || fs.classes.size) { generic.push(o); continue; }
        for (const k of new Set([...fs.lemmas, ...fs.norms])) {
          const a = dispatch.get(k);
          if (!a) dispatch.set(k, [o]);
          else if (a[a.length - 1] !== o) a.push(o);
        }
      }
      // The same table by vocabulary id (keys and lists shared with `dispatch`).
      for (const [k, a] of dispatch) {
        const id = vocabId(k);
        idDispatch.set(id, a);
        if (id > maxId) maxId = id;
      }
      node.dispatch = dispatch;
      node.idDispatch = idDispatch;
      node.maxId = maxId;
      node.generic = generic;
      return;
    }
    default: return;
  }
}

/**
 * A freshly parsed pattern with its lemmas resolved (finalizeLemmas), its sub-trees shared with
 * every earlier pattern's identical ones (hash-consing). Why: each use of a macro ("@urge",
 * "@party") parsed its body again, so the engine held ~85,000 word nodes with two Sets each for
 * ~10,000 distinct ones (~90 MB of a sidebar worker's heap, 2026-11-23). Matching reads a
 * node's content only, so a shared node matches as its copies did. Nodes are read-only once
 * interned: buildDispatch fills derived fields, the same for every sharer, once.
 */
export function internNode(node: Node): Node {
  finalizeLemmas(node);
  return intern(node);
}

const INTERNED = new Map<string, Node>();
/** Interned nodes' numbers, the keys their parents are interned by. */
const INTERNED_ID = new WeakMap<Node, number>();

function intern(node: Node): Node {
  let key: string;
  switch (node.t) {
    case 'words': key = `w${[...node.lemmas].join(' ')}\u0001${[...node.norms].join(' ')}\u0001${node.prefixes.join(' ')}`; break;
    case 'class': key = `c${node.name}`; break;
    case 'gap': key = `g${node.min},${node.max}`; break;
    case 'lead': key = '^'; break;
    case 'end': key = '$'; break;
    case 'opt': node.node = intern(node.node); key = `o${INTERNED_ID.get(node.node)!}`; break;
    case 'seq': node.items = node.items.map(intern); key = `s${node.items.map((n) => INTERNED_ID.get(n)!).join(',')}`; break;
    case 'alt': node.options = node.options.map(intern); key = `a${node.options.map((n) => INTERNED_ID.get(n)!).join(',')}`; break;
  }
  const known = INTERNED.get(key);
  if (known) return known;
  INTERNED.set(key, node);
  INTERNED_ID.set(node, INTERNED.size);
  return node;
}

/** Lemmas in word nodes are resolved after every pattern registered its words. */
export function finalizeLemmas(node: Node): void {
  switch (node.t) {
    case 'words': {
      const raw = [...node.lemmas];
      node.lemmas = new Set(raw.map(lemmaOf));
      for (const r of raw) node.norms.add(r);
      return;
    }
    case 'seq': node.items.forEach(finalizeLemmas); return;
    case 'alt': node.options.forEach(finalizeLemmas); return;
    case 'opt': finalizeLemmas(node.node); return;
    default: return;
  }
}

// ---- first sets (the index that keeps matching linear) ---------------------------------------

export interface FirstSet {
  lemmas: Set<string>; norms: Set<string>; prefixes: Set<string>; classes: Set<string>; any: boolean; nullable: boolean;
  /** Vocabulary ids of lemmas and norms, set at compile time; maxId the largest of them. */
  ids?: Set<number>; maxId?: number;
  /**
   * With ids: a 64-bit Bloom filter of them (bit id & 63 set, in two 32-bit halves), read from
   * this object before the Set, and whether the set is words only (no prefix, no class). A
   * rejected token then costs no Set lookup: most tests reject.
   */
  bloomLo?: number; bloomHi?: number; wordsOnly?: boolean;
  /** Token-flag bits of the token classes in `classes` (NUM CAP ALLCAPS URL EMAIL), and whether entity classes remain. */
  flagMask?: number; entityClasses?: boolean;
  /** lastSet only: entity classes a match may end with (their last token is not indexed by class). */
  endClasses?: Set<string>;
  /** secondSet only: entity classes the first token may start, each with what must follow the entity. */
  spanClasses?: Map<string, FirstSet>;
}

function emptySet(): FirstSet {
  return { lemmas: new Set(), norms: new Set(), prefixes: new Set(), classes: new Set(), any: false, nullable: false };
}

function unionInto(into: FirstSet, from: FirstSet): void {
  from.lemmas.forEach((x) => into.lemmas.add(x));
  from.norms.forEach((x) => into.norms.add(x));
  from.prefixes.forEach((x) => into.prefixes.add(x));
  from.classes.forEach((x) => into.classes.add(x));
  if (from.any) into.any = true;
  if (from.nullable) into.nullable = true;
  if (from.endClasses) {
    into.endClasses ??= new Set();
    for (const c of from.endClasses) into.endClasses.add(c);
  }
  if (from.spanClasses) {
    into.spanClasses ??= new Map();
    for (const [name, after] of from.spanClasses) {
      const had = into.spanClasses.get(name);
      if (had) unionInto(had, after);
      else { const copy = emptySet(); unionInto(copy, after); into.spanClasses.set(name, copy); }
    }
  }
}

/** First set of items[i..] followed by `cont` (what may come after them). */
function firstOfRest(items: Node[], i: number, cont: FirstSet): FirstSet {
  const out = emptySet();
  for (let k = i; k < items.length; k++) {
    const fs = firstSet(items[k]!);
    const nullable = fs.nullable;
    fs.nullable = false;
    unionInto(out, fs);
    if (!nullable) return out;
  }
  unionInto(out, cont);
  return out;
}

/**
 * What the SECOND token of a match can be, whatever the first: secondByFirst's sets together.
 * `any` when it cannot be told (a gap, or an option that lets anything follow); nullable when
 * a match may be one token long. compile.ts rejects a wake-up whose next token is outside it.
 */
export function secondSet(byFirst: SecondByFirst): FirstSet {
  const out = emptySet();
  for (const map of [byFirst.words, byFirst.classes, byFirst.prefixes]) for (const set of map.values()) unionInto(out, set);
  return out;
}

/** After a class token: what follows it, and for an entity group also the rest of the entity. */
function afterClass(name: string, cont: FirstSet): FirstSet {
  const out = emptySet();
  unionInto(out, cont);
  if (TOKEN_CLASSES.has(name) || ONE_TOKEN_SHAPES.has(name)) return out;
  // An entity group: the second token is inside a longer entity, or follows a one-token one.
  const after = emptySet();
  unionInto(after, cont);
  out.spanClasses = new Map([[name, after]]);
  return out;
}

/**
 * For each word, class or prefix a match can start with, what its second token can be. One option that lets anything follow ("open (a)? WORD ticket")
 * then no longer disables the test for the other first words ("please contact …").
 */
export interface SecondByFirst {
  words: Map<string, FirstSet>;
  classes: Map<string, FirstSet>;
  prefixes: Map<string, FirstSet>;
  /**
   * `prefixes` and `classes` as arrays of entries, for mayContinueFrom: iterating a Map
   * allocates an entry per step, and on a 1 MB draft that was a seventh of what the analyzer
   * allocated (heap profile 2026-11-22). Made by secondByFirst, which is done with the maps.
   */
  prefixList: Array<[string, FirstSet]>;
  classList: Array<[string, FirstSet]>;
}

function mergeInto(into: Map<string, FirstSet>, key: string, set: FirstSet): void {
  const had = into.get(key);
  if (!had) { const copy = emptySet(); unionInto(copy, set); into.set(key, copy); }
  else unionInto(had, set);
}

export function secondByFirst(node: Node, cont: FirstSet): SecondByFirst {
  const out: SecondByFirst = { words: new Map(), classes: new Map(), prefixes: new Map(), prefixList: [], classList: [] };
  const walk = (n: Node, c: FirstSet): void => {
    switch (n.t) {
      case 'words':
        for (const w of n.lemmas) mergeInto(out.words, w, c);
        for (const w of n.norms) mergeInto(out.words, w, c);
        for (const pre of n.prefixes) mergeInto(out.prefixes, pre, c);
        return;
      case 'class':
        mergeInto(out.classes, n.name, afterClass(n.name, c));
        return;
      case 'seq':
        for (let i = 0; i < n.items.length; i++) {
          const item = n.items[i]!;
          walk(item, firstOfRest(n.items, i + 1, c));
          if (!firstSet(item).nullable) return;
        }
        return;
      case 'alt': for (const o of n.options) walk(o, c); return;
      case 'opt': walk(n.node, c); return;
      case 'gap': mergeInto(out.classes, 'ANY', { ...emptySet(), any: true }); return;
      case 'lead': case 'end': return;
    }
  };
  walk(node, cont);
  out.prefixList = [...out.prefixes];
  out.classList = [...out.classes];
  return out;
}

/**
 * The tokens a match of `node` can END with (firstSet read backwards): words and one-token
 * classes; `any` when it cannot be told (a gap, an entity group, whose last token is not
 * indexed); nullable when the node can match nothing.
 */
export function lastSet(node: Node): FirstSet {
  switch (node.t) {
    case 'words': return firstSet(node); // one token: its first is its last
    case 'class': {
      const fs = emptySet();
      if (node.name === 'ANY' || node.name === 'WORD' || node.name === 'PUNCT') fs.any = true;
      else if (TOKEN_CLASSES.has(node.name) || ONE_TOKEN_SHAPES.has(node.name)) fs.classes.add(node.name);
      else fs.endClasses = new Set([node.name]);
      return fs;
    }
    case 'seq': {
      const out = emptySet();
      for (let i = node.items.length - 1; i >= 0; i--) {
        const ls = lastSet(node.items[i]!);
        const nullable = ls.nullable;
        ls.nullable = false;
        unionInto(out, ls);
        if (!nullable) return out;
      }
      out.nullable = true;
      return out;
    }
    case 'alt': {
      const out = emptySet();
      for (const o of node.options) unionInto(out, lastSet(o));
      return out;
    }
    case 'opt': { const ls = lastSet(node.node); ls.nullable = true; return ls; }
    case 'gap': return { ...emptySet(), any: true, nullable: node.min === 0 };
    case 'lead': case 'end': return { ...emptySet(), nullable: true };
  }
}

export function firstSet(node: Node): FirstSet {
  const fs: FirstSet = { lemmas: new Set(), norms: new Set(), prefixes: new Set(), classes: new Set(), any: false, nullable: false };
  const walk = (n: Node): boolean /* nullable */ => {
    switch (n.t) {
      case 'words':
        n.lemmas.forEach((l) => fs.lemmas.add(l));
        n.norms.forEach((l) => fs.norms.add(l));
        n.prefixes.forEach((p) => fs.prefixes.add(p));
        return false;
      case 'class':
        if (n.name === 'ANY' || n.name === 'WORD' || n.name === 'PUNCT') fs.any = true;
        else fs.classes.add(n.name);
        return false;
      case 'seq':
        for (const it of n.items) if (!walk(it)) return false;
        return true;
      case 'alt': {
        let nul = false;
        for (const o of n.options) if (walk(o)) nul = true;
        return nul;
      }
      case 'opt': walk(n.node); return true;
      case 'gap': fs.any = true; return n.min === 0;
      case 'lead': case 'end': return true;
    }
  };
  fs.nullable = walk(node);
  return fs;
}

/** The fewest tokens a pattern can span. */
export function minLength(node: Node): number {
  switch (node.t) {
    case 'words': case 'class': return 1;
    case 'seq': return node.items.reduce((a, n) => a + minLength(n), 0);
    case 'alt': return Math.min(...node.options.map(minLength));
    case 'opt': return 0;
    case 'gap': return node.min;
    case 'lead': case 'end': return 0;
  }
}

/** The longest number of tokens a pattern can span (bounded by construction). */
export function maxLength(node: Node): number {
  switch (node.t) {
    // A word, a token class and a token-shape class (NAME, CLOCK…) are one token; an entity
    // group spans at most about 8 ("within the next 3 to 5 business days").
    case 'words': return 1;
    case 'class': return TOKEN_CLASSES.has(node.name) || ONE_TOKEN_SHAPES.has(node.name) ? 1 : 8;
    case 'seq': return node.items.reduce((a, n) => a + maxLength(n), 0);
    case 'alt': return Math.max(...node.options.map(maxLength));
    case 'opt': return maxLength(node.node);
    case 'gap': return node.max;
    case 'lead': case 'end': return 0;
  }
}

// ---- matching ----------------------------------------------------------------------------

export interface Entity { name: string; start: number; end: number }

/** What the matcher needs beside the tokens: sentence limits, clause marks, entities. */
export interface MatchEnv {
  tok: Tokens;
  /** Entities by first token. */
  entities: Array<Entity[] | undefined>;
  /**
   * Entity class names by end (index e: entities ending right before token e), for the
   * previous-token test; set by prepare once every entity is known (absent while tagging).
   */
  entityEnds?: Array<string[] | undefined>;
  /** 1 where a token may open an imperative/clause (see segment.ts). */
  lead: Uint8Array;
  /** 1 where a clause ends right BEFORE this token index (index may equal tokens length). */
  clauseEndBefore: Uint8Array;
  /** First token of the next sentence for each token. */
  sentenceEnd: Int32Array;
  /** 1 where a clause starts at this token. */
  clauseStart: Uint8Array;
  /** Vocabulary ids (compile.ts VOCAB) of each token's lemma and form; 0 when no pattern uses the word. */
  lid: Int32Array;
  nid: Int32Array;
  /** VOCAB.size when lid/nid were computed: words with a larger id are compared as strings. */
  vocab?: number;
}

/** Word sets up to this size get integer ids for the flattened matcher (program.ts). */
const MAX_ID_WORDS = 24;


export function tokenTest(node: Extract<Node, { t: 'words' }>, tok: Tokens, p: number): boolean {
  if (node.lemmas.has(tok.lemma[p]!) || node.norms.has(tok.norm[p]!)) return true;
  if (node.prefixes.length) {
    const n = tok.norm[p]!;
    for (const pre of node.prefixes) if (n.startsWith(pre)) return true;
  }
  return false;
}

/** Options of a dispatching alternation that can start at token p: by lemma, and by form when it differs. */
function dispatchOf(node: Extract<Node, { t: 'alt' }>, env: MatchEnv, p: number): [Node[] | undefined, Node[] | undefined] {
  if (node.idDispatch !== undefined && node.maxId! <= (env.vocab ?? -1)) {
    const l = env.lid[p]!;
    const n = env.nid[p]!;
    // Equal strings have equal ids; different registered strings different ids; 0 is no key.
    return [l ? node.idDispatch.get(l) : undefined, n !== l && n ? node.idDispatch.get(n) : undefined];
  }
  const tok = env.tok;
  return [node.dispatch!.get(tok.lemma[p]!), tok.norm[p] !== tok.lemma[p] ? node.dispatch!.get(tok.norm[p]!) : undefined];
}

/** The flag bit of each token class (ANY: -1, every token); entity classes are not here. */
const CLASS_BIT: Record<string, number | undefined> = { ANY: -1, WORD: F_WORD, NUM: F_NUM, CAP: F_CAP, ALLCAPS: F_ALLCAPS, URL: F_URL, EMAIL: F_EMAIL, PUNCT: F_PUNCT };

function classTest(name: string, env: MatchEnv, p: number, limit: number, out: number[]): void {
  const f = env.tok.flags[p]!;
  switch (name) {
    case 'ANY': out.push(p + 1); return;
    case 'WORD': if (f & F_WORD) out.push(p + 1); return;
    case 'NUM': if (f & F_NUM) out.push(p + 1); return;
    case 'CAP': if (f & F_CAP) out.push(p + 1); return;
    case 'ALLCAPS': if (f & F_ALLCAPS) out.push(p + 1); return;
    case 'URL': if (f & F_URL) out.push(p + 1); return;
    case 'EMAIL': if (f & F_EMAIL) out.push(p + 1); return;
    case 'PUNCT': if (f & F_PUNCT) out.push(p + 1); return;
  }
  const ents = env.entities[p];
  if (!ents) return;
  for (const e of ents) if (e.name === name && e.end <= limit) out.push(e.end);
}

const EMPTY: number[] = [];

function uniq(a: number[]): number[] {
  if (a.length < 2) return a;
  let sorted = true;
  for (let i = 1; i < a.length; i++) if (a[i]! <= a[i - 1]!) { sorted = false; break; }
  if (sorted) return a;
  a.sort((x, y) => x - y);
  let w = 1;
  for (let i = 1; i < a.length; i++) if (a[i] !== a[w - 1]) a[w++] = a[i]!;
  a.length = w;
  return a;
}

/** Positions reachable after `node`, from each of `from`, never past `limit`. */
export function step(node: Node, from: number[], env: MatchEnv, limit: number): number[] {
  if (from.length === 0) return from;
  switch (node.t) {
    case 'words': {
      if (from.length === 1) {
        const p = from[0]!;
        return p < limit && tokenTest(node, env.tok, p) ? [p + 1] : EMPTY;
      }
      const out: number[] = [];
      for (const p of from) if (p < limit && tokenTest(node, env.tok, p)) out.push(p + 1);
      return out;
    }
    case 'class': {
      const out: number[] = [];
      for (const p of from) if (p < limit) classTest(node.name, env, p, limit, out);
      return uniq(out);
    }
    case 'seq': {
      let cur = from;
      for (const it of node.items) {
        cur = step(it, cur, env, limit);
        if (cur.length === 0) break;
      }
      return cur;
    }
    case 'alt': {
      const out: number[] = [];
      if (node.dispatch) {
        for (const p of from) {
          if (p >= limit) continue;
          const one = [p];
          const [byLemma, byNorm] = dispatchOf(node, env, p);
          if (byLemma) for (const o of byLemma) for (const q of step(o, one, env, limit)) out.push(q);
          if (byNorm) for (const o of byNorm) if (!byLemma || !byLemma.includes(o)) for (const q of step(o, one, env, limit)) out.push(q);
          for (const o of node.generic!) for (const q of step(o, one, env, limit)) out.push(q);
        }
        return uniq(out);
      }
      for (const o of node.options) for (const p of step(o, from, env, limit)) out.push(p);
      return uniq(out);
    }
    case 'opt': {
      const out = from.slice();
      for (const p of step(node.node, from, env, limit)) out.push(p);
      return uniq(out);
    }
    case 'gap': {
      const out: number[] = [];
      // A gap never skips into another clause: "…{0,8}" stays inside the clause it starts in.
      for (const p of from) {
        for (let k = 0; k <= node.max && p + k <= limit; k++) {
          if (k >= 2 && env.clauseStart[p + k - 1] === 1) break;
          if (k >= node.min) out.push(p + k);
        }
      }
      return uniq(out);
    }
    case 'lead': {
      const out: number[] = [];
      for (const p of from) if (p < limit && env.lead[p] === 1) out.push(p);
      return out;
    }
    case 'end': {
      const out: number[] = [];
      for (const p of from) if (p >= limit || env.clauseEndBefore[p] === 1) out.push(p);
      return out;
    }
  }
}

/** Longest match of `node` starting exactly at `p` (end index), or -1. */
export function matchAt(node: Node, p: number, env: MatchEnv, limit: number): number {
  // Matching runs on a bit mask of offsets 0..30 from p: the same set-based matching, without
  // allocating an array per step. Nearly every match is that short; when a step would reach
  // past offset 30 (a long pattern in a long sentence), the arrays decide instead.
  // A word registered after the text was prepared has no id in it (a pattern compiled later):
  // the arrays decide then too.
  const prog = node.prog ?? (node.prog = compileProgram(node));
  if (prog.maxId <= (env.vocab ?? -1)) {
    const m = runProgram(prog, p, env, limit);
    if (!programOverflowed()) return m <= 1 ? -1 : p + (31 - Math.clz32(m));
  }
  const ends = step(node, [p], env, limit);
  let best = -1;
  for (const e of ends) if (e > best) best = e;
  return best > p ? best : -1;
}

/**
 * The most tokens an entity of each class can span: shape classes 1, entity groups the longest
 * of their patterns (filled by compileEntities in compile.ts before any text is prepared).
 */
export const ENTITY_SPAN = new Map<string, number>();

/**
 * The longest span a match of `node` can really have: like maxLength, but a token class is one
 * token and an entity class as long as its longest entity (unknown: unbounded). Decides whether
 * the bit-mask matcher, exact for spans up to 30 tokens, can run the pattern.
 */
export function spanBound(node: Node): number {
  switch (node.t) {
    case 'words': return 1;
    case 'class': return TOKEN_CLASSES.has(node.name) ? 1 : ENTITY_SPAN.get(node.name) ?? Infinity;
    case 'seq': return node.items.reduce((a, n) => a + spanBound(n), 0);
    case 'alt': return Math.max(...node.options.map(spanBound));
    case 'opt': return spanBound(node.node);
    case 'gap': return node.max;
    case 'lead': case 'end': return 0;
  }
}

/** First match of `node` starting anywhere in [from, to) (bounded scans only). */
export function findIn(node: Node, first: FirstSet, from: number, to: number, env: MatchEnv): { start: number; end: number } | undefined {
  for (let p = from; p < to; p++) {
    if (!couldStart(first, env, p)) continue;
    const e = matchAt(node, p, env, to);
    if (e > 0) return { start: p, end: e };
  }
  return undefined;
}

/**
 * Whether token p - 1 can be the last token of the items before an anchor starting at p, for a
 * lastSet `prev`: a word or one-token class of the set, or the end of an entity it may end with.
 */
export function mayFollow(prev: FirstSet, env: MatchEnv, p: number, sentStart: number): boolean {
  if (p <= sentStart) return false;
  if (couldStart(prev, env, p - 1)) return true;
  if (!prev.endClasses) return false;
  // While entities are still being tagged, their ends are not known: let the matcher decide.
  if (!env.entityEnds) return true;
  const names = env.entityEnds[p];
  if (names) for (const n of names) if (prev.endClasses.has(n)) return true;
  return false;
}

/** Whether token p has a token class or an entity of class `name` (ending within limit). */
function hasClass(name: string, env: MatchEnv, p: number, limit: number): boolean {
  const bit = CLASS_BIT[name];
  if (bit !== undefined) return bit === -1 || (env.tok.flags[p]! & bit) !== 0;
  const ents = env.entities[p];
  if (ents) for (const e of ents) if (e.name === name && e.end <= limit) return true;
  return false;
}

/**
 * mayContinue for a SecondByFirst: the second-token test of each way token p can start the
 * anchor item; true as soon as one of them lets token p + 1 (or an entity) continue.
 */
export function mayContinueFrom(next: SecondByFirst, env: MatchEnv, p: number, limit: number): boolean {
  const tok = env.tok;
  const lemma = tok.lemma[p]!;
  const norm = tok.norm[p]!;
  if (continuesBy(next.words.get(lemma), env, p, limit)) return true;
  if (norm !== lemma && continuesBy(next.words.get(norm), env, p, limit)) return true;
  const prefixes = next.prefixList;
  for (let i = 0; i < prefixes.length; i++) if (norm.startsWith(prefixes[i]![0]) && continuesBy(prefixes[i]![1], env, p, limit)) return true;
  const classes = next.classList;
  for (let i = 0; i < classes.length; i++) if (hasClass(classes[i]![0], env, p, limit) && continuesBy(classes[i]![1], env, p, limit)) return true;
  return false;
}

// A plain function, not a closure in mayContinueFrom: this runs for most wake-ups, and a closure
// per call (with its name set by the bundler's keepNames) cost more than the test itself.
function continuesBy(set: FirstSet | undefined, env: MatchEnv, p: number, limit: number): boolean {
  return set !== undefined && (set.any || set.nullable || mayContinue(set, env, p, limit));
}

/**
 * Whether token p + 1 can be the second token of a match whose anchor item starts at p, for a
 * secondSet `next`: a token of the set, or still inside an entity the anchor may be.
 */
export function mayContinue(next: FirstSet, env: MatchEnv, p: number, limit: number): boolean {
  if (p + 1 < limit && couldStart(next, env, p + 1)) return true;
  if (next.spanClasses) {
    const ents = env.entities[p];
    if (ents) {
      for (const e of ents) {
        if (e.end <= p + 1 || e.end > limit) continue;
        // The anchor is this whole entity: the token after it must continue the pattern.
        const after = next.spanClasses.get(e.name);
        if (!after) continue;
        if (after.any || after.nullable || (e.end < limit && couldStart(after, env, e.end))) return true;
      }
    }
  }
  return false;
}

function inBloom(fs: FirstSet, id: number): boolean {
  const bit = id & 63;
  return (((bit < 32 ? fs.bloomLo! : fs.bloomHi!) >>> (bit & 31)) & 1) === 1;
}

export function couldStart(fs: FirstSet, env: MatchEnv, p: number): boolean {
  if (fs.any) return true;
  const tok = env.tok;
  if (fs.ids) {
    // Vocabulary ids (compile.ts) replace two string lookups when the first set is all words.
    const lid = env.lid[p]!;
    const nid = env.nid[p]!;
    if (lid && inBloom(fs, lid) && fs.ids.has(lid)) return true;
    if (nid && nid !== lid && inBloom(fs, nid) && fs.ids.has(nid)) return true;
    if (fs.wordsOnly) return false;
    if (fs.flagMask !== undefined && fs.maxId! <= (env.vocab ?? -1)) {
      // Every word had an id before this text was prepared: the ids above were exact, and
      // token classes are one bit test.
      if (fs.prefixes.size) for (const pre of fs.prefixes) if (tok.norm[p]!.startsWith(pre)) return true;
      if (tok.flags[p]! & fs.flagMask) return true;
      if (fs.entityClasses) {
        const ents = env.entities[p];
        if (ents) for (const e of ents) if (fs.classes.has(e.name)) return true;
      }
      return false;
    }
  }
  if (fs.lemmas.has(tok.lemma[p]!) || fs.norms.has(tok.norm[p]!)) return true;
  if (fs.prefixes.size) for (const pre of fs.prefixes) if (tok.norm[p]!.startsWith(pre)) return true;
  if (fs.classes.size) {
    const f = tok.flags[p]!;
    if (fs.classes.has('NUM') && f & F_NUM) return true;
    if (fs.classes.has('CAP') && f & F_CAP) return true;
    if (fs.classes.has('ALLCAPS') && f & F_ALLCAPS) return true;
    if (fs.classes.has('URL') && f & F_URL) return true;
    if (fs.classes.has('EMAIL') && f & F_EMAIL) return true;
    const ents = env.entities[p];
    if (ents) for (const e of ents) if (fs.classes.has(e.name)) return true;
  }
  return false;
}
