import { addEntity, compileEntities, makeParseEnv, shapeEntities, VOCAB, type CompiledEntities } from './compile';
import { ENTITY_GROUPS } from './catalog/entities';
import type { Entity, MatchEnv } from './pattern';
import { segment, type Segments } from './segment';
import { KEPT_TOKENS, PerWord, tokenizeRegions, zeroedBytes, type Tokens } from './tokenize';
import type { Span } from './types';
import { WakeBits, WakeFilter } from './wake';

// Shared by the draft analyzer and the customer classifier: tokens of the given regions,
// sentences and clauses, and entities.

export interface Prepared {
  env: MatchEnv;
  seg: Segments;
}

let compiledEntities: CompiledEntities | undefined;
/** Per entity level, the tokens that can wake one of its patterns (see wake.ts). */
let levelWake: WakeFilter[] = [];
/** The levels' word and flag tests in one pass (bit l: level l). */
let levelWakeBits: WakeBits | undefined;
function entitiesCompiled(): CompiledEntities {
  if (!compiledEntities) {
    compiledEntities = compileEntities(ENTITY_GROUPS, makeParseEnv());
    levelWake = compiledEntities.groups.map((g) => new WakeFilter(g.index));
    levelWakeBits = new WakeBits(levelWake);
  }
  return compiledEntities;
}

/**
 * Vocabulary ids (compile.ts VOCAB) of each token's lemma and form, looked up once per distinct
 * word. VOCAB only grows, when an engine is built; a word looked up before then would keep id 0,
 * so the per-word values start over whenever its size changed.
 */
const lemmaIds = new PerWord((_norm, lemma) => VOCAB.get(lemma) ?? 0);
const formIds = new PerWord((norm, lemma) => VOCAB.get(norm === lemma ? lemma : norm) ?? 0);
let idsForVocab = -1;

export function prepare(text: string, regions: Span[]): Prepared {
  const tok: Tokens = tokenizeRegions(text, regions);
  const seg = segment(tok);
  const n = tok.length;
  const entities = keptEntities(n);
  const groups = entitiesCompiled().groups;
  if (idsForVocab !== VOCAB.size) {
    lemmaIds.reset();
    formIds.reset();
    idsForVocab = VOCAB.size;
  }
  // lid, nid and word wakes in one zeroed block of the tokenizer's arena: typed array
  // allocations per call were a few per cent of a short draft's time.
  const { buffer, offset } = zeroedBytes(9 * n);
  const lid = new Int32Array(buffer, offset, n);
  const nid = new Int32Array(buffer, offset + 4 * n, n);
  PerWord.fillBoth(tok, lemmaIds, lid, formIds, nid);
  const env: MatchEnv = { tok, entities, lead: seg.lead, clauseEndBefore: seg.clauseEndBefore, sentenceEnd: seg.sentenceEnd, clauseStart: seg.clauseStart, lid, nid, vocab: VOCAB.size, entityEnds: undefined };
  // Read only during this call (by shapeEntities): kept from call to call like the entity arrays.
  const sentenceStart = n <= KEEP_MAX ? keptSentenceStart.fill(0, 0, n + 1) : new Uint8Array(n + 1);
  for (const s of seg.sentStart) sentenceStart[s] = 1;
  shapeEntities(tok, entities, sentenceStart);
  const wordWakes = new Uint8Array(buffer, offset + 8 * n, n);
  levelWakeBits!.fill(env, wordWakes);
  const cands = entityCands;
  for (let l = 0; l < groups.length; l++) {
    const g = groups[l]!;
    const wake = levelWake[l]!;
    const bit = 1 << l;
    found.length = 0;
    found.nameOf = g.nameOf;
    g.index.beginScan();
    for (let p = 0; p < n; p++) {
      // Tokens no pattern of this level is anchored on: scanAt would find nothing.
      if (!(wordWakes[p]! & bit) && !wake.byEntity(entities[p])) continue;
      g.index.scanAt(env, p, seg.sentStart[seg.sentenceOf[p]!]!, seg.sentenceEnd[p]!, cands, onEntityMatch);
    }
    // Added after the whole group ran, so a group never feeds itself.
    for (let i = 0; i < found.length; i++) addEntity(entities, found.names[i]!, found.starts[i]!, found.ends[i]!);
  }
  env.entityEnds = entityEnds(entities, n);
  return { env, seg };
}

/**
 * The entities by first token and the names by end, in arrays kept from call to call and
 * emptied up to the longest draft seen since they were made (keptUpTo): a prepared draft is
 * read only until the next prepare (analyses never nest). Why: two arrays of a pointer per
 * token per call were half of what prepare allocated, each byte a cold cache line (heap
 * profile 2026-11-23). Past KEEP_MAX tokens a call gets arrays of its own, so a huge draft's
 * arrays are not held.
 */
const KEEP_MAX = KEPT_TOKENS;
const keptEntitiesArray: Array<Entity[] | undefined> = new Array(KEEP_MAX + 1).fill(undefined);
let keptByEnd: Array<string[] | undefined> = new Array(KEEP_MAX + 1).fill(undefined);
const keptByEndArray = keptByEnd;
let keptUpTo = 0;
/** The sentence starts shapeEntities reads, kept the same way. */
const keptSentenceStart = new Uint8Array(KEEP_MAX + 1);
function keptEntities(n: number): Array<Entity[] | undefined> {
  if (n > KEEP_MAX) {
    keptByEnd = new Array(n + 1);
    return new Array(n);
  }
  keptEntitiesArray.fill(undefined, 0, keptUpTo);
  keptByEndArray.fill(undefined, 0, keptUpTo);
  keptUpTo = n + 1;
  keptByEnd = keptByEndArray;
  return keptEntitiesArray;
}

/** scanAt's candidate buffer for the entity levels (prepare never nests): grown once, not per call. */
const entityCands: number[] = [];

/**
 * The matches of the entity level being scanned, in arrays kept from call to call (only
 * `length` of them is valid). Why not arrays and a closure per level and call: on a 1 MB draft
 * growing them was a quarter of what prepare allocated (heap profile 2026-11-22).
 */
const found = { starts: [] as number[], ends: [] as number[], names: [] as string[], length: 0, nameOf: [] as string[] };
function onEntityMatch(pid: number, s: number, e: number): void {
  const i = found.length++;
  found.starts[i] = s;
  found.ends[i] = e;
  found.names[i] = found.nameOf[pid]!;
}

/**
 * Entity class names by end index, for the matcher's previous-token test (pattern.ts mayFollow).
 * The lists are shared: the same names in the same order are one array (INTERNED), as a draft
 * repeats a handful of them; one array per entity end was a third of prepare's allocations on
 * a big draft. Nobody writes to them.
 */
function entityEnds(entities: Array<Entity[] | undefined>, n: number): Array<string[] | undefined> {
  const byEnd = keptByEnd;
  for (let p = 0; p < n; p++) {
    const ents = entities[p];
    if (ents) for (const e of ents) byEnd[e.end] = withName(byEnd[e.end], e.name);
  }
  return byEnd;
}

/** Interned lists of names: the list `names` followed by `name`. */
const INTERNED = new Map<string[] | undefined, Map<string, string[]>>();
function withName(names: string[] | undefined, name: string): string[] {
  let next = INTERNED.get(names);
  if (!next) INTERNED.set(names, (next = new Map()));
  let out = next.get(name);
  if (!out) next.set(name, (out = names ? [...names, name] : [name]));
  return out;
}
