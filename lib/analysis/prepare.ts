import { addEntity, compileEntities, makeParseEnv, shapeEntities, VOCAB, type CompiledEntities } from './compile';
import { ENTITY_GROUPS } from './catalog/entities';
import type { Entity, MatchEnv } from './pattern';
import { segment, type Segments } from './segment';
import { tokenize, type Tokens } from './tokenize';
import type { Span } from './types';

// Shared by the draft analyzer and the customer classifier: tokens of the given regions,
// sentences and clauses, and entities.

export interface Prepared {
  env: MatchEnv;
  seg: Segments;
}

let compiledEntities: CompiledEntities | undefined;
function entitiesCompiled(): CompiledEntities {
  compiledEntities ??= compileEntities(ENTITY_GROUPS, makeParseEnv());
  return compiledEntities;
}

export function prepare(text: string, regions: Span[]): Prepared {
  const tok: Tokens = { text, start: [], end: [], norm: [], lemma: [], flags: [], nl: [], length: 0 };
  for (const r of regions) {
    const before = tok.length;
    tokenize(text, r.start, r.end, tok);
    // A new region always starts a new sentence.
    if (before > 0 && tok.length > before) tok.nl[before] = 2;
  }
  const seg = segment(tok);
  const entities: Array<Entity[] | undefined> = new Array(tok.length);
  const groups = entitiesCompiled().groups;
  const lid = new Int32Array(tok.length);
  const nid = new Int32Array(tok.length);
  for (let p = 0; p < tok.length; p++) {
    const l = tok.lemma[p]!;
    const n = tok.norm[p]!;
    lid[p] = VOCAB.get(l) ?? 0;
    nid[p] = n === l ? lid[p]! : VOCAB.get(n) ?? 0;
  }
  const env: MatchEnv = { tok, entities, lead: seg.lead, clauseEndBefore: seg.clauseEndBefore, sentenceEnd: seg.sentenceEnd, clauseStart: seg.clauseStart, lid, nid, vocab: VOCAB.size };
  const sentenceStart = new Uint8Array(tok.length + 1);
  for (const s of seg.sentStart) sentenceStart[s] = 1;
  shapeEntities(tok, entities, sentenceStart);
  const cands: number[] = [];
  for (const g of groups) {
    const starts: number[] = [];
    const ends: number[] = [];
    const names: string[] = [];
    const onMatch = (pid: number, s: number, e: number) => { starts.push(s); ends.push(e); names.push(g.nameOf[pid]!); };
    g.index.beginScan();
    for (let p = 0; p < tok.length; p++) {
      g.index.scanAt(env, p, seg.sentStart[seg.sentenceOf[p]!]!, seg.sentenceEnd[p]!, cands, onMatch);
    }
    // Added after the whole group ran, so a group never feeds itself.
    for (let i = 0; i < starts.length; i++) addEntity(entities, names[i]!, starts[i]!, ends[i]!);
  }
  return { env, seg };
}
