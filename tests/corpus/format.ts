import { z } from 'zod';
import { CategoryId, SignalId, SituationId } from '../../lib/analysis/taxonomy';

// The labelled corpus: reviewable sources (tests/corpus/src/*.txt) in, JSON Lines out.
// Pure functions only; build.ts does the file I/O. The source format is described in
// tests/corpus/README.md.

export const GoldFinding = z.object({
  category: CategoryId,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
});
export type GoldFinding = z.infer<typeof GoldFinding>;

export const DraftRecord = z.object({
  id: z.string().regex(/^d-[a-z]+(?:-[a-z]+)*-\d{3}$/),
  draft: z.string().min(1),
  findings: z.array(GoldFinding),
});
export type DraftRecord = z.infer<typeof DraftRecord>;

export const CustomerRecord = z
  .object({
    id: z.string().regex(/^c-[a-z]+(?:-[a-z]+)*-\d{3}$/),
    customer: z.string().min(1),
    situations: z.array(SituationId).min(1),
    signals: z.array(SignalId),
  })
  .refine((r) => !r.situations.includes('general') || r.situations.length === 1, {
    message: '`general` only when no other situation applies (TAXONOMY §1a)',
  })
  .refine((r) => new Set(r.situations).size === r.situations.length, { message: 'duplicate situation' })
  .refine((r) => new Set(r.signals).size === r.signals.length, { message: 'duplicate signal' });
export type CustomerRecord = z.infer<typeof CustomerRecord>;

/** One source file, already read: its name (for messages) and its text. */
export interface SourceFile {
  name: string;
  text: string;
}

export class CorpusSourceError extends Error {}

// Visible stand-ins for characters a reviewer could not see in the source.
const ESCAPES: Record<string, string> = {
  NBSP: '\u00A0',
  NNBSP: '\u202F',
  ZWSP: '\u200B',
  ZWJ: '\u200D',
  LSEP: '\u2028',
  PSEP: '\u2029',
  TAB: '\t',
  CR: '\r',
  BOM: '\uFEFF',
};

interface Entry {
  file: string;
  line: number;
  header: string;
  body: string[];
}

/** Splits a source file into entries: a `=== ` header line, then the text until the next header. */
function splitEntries(file: SourceFile): Entry[] {
  const lines = file.text.replace(/\r\n/g, '\n').split('\n');
  const entries: Entry[] = [];
  let current: Entry | undefined;
  lines.forEach((line, i) => {
    if (line.startsWith('%%')) return; // reviewer's comment, anywhere
    if (line.startsWith('=== ')) {
      current = { file: file.name, line: i + 1, header: line.slice(4).trim(), body: [] };
      entries.push(current);
      return;
    }
    if (!current) {
      if (line.trim() !== '') {
        throw new CorpusSourceError(`${file.name}:${i + 1}: text before the first "=== " header`);
      }
      return;
    }
    current.body.push(line);
  });
  for (const e of entries) {
    while (e.body.length > 0 && e.body[0]!.trim() === '') e.body.shift();
    while (e.body.length > 0 && e.body[e.body.length - 1]!.trim() === '') e.body.pop();
    if (e.body.length === 0) throw new CorpusSourceError(`${e.file}:${e.line}: entry has no text`);
  }
  return entries;
}

/** Replaces `{{NAME}}` escapes; newlines become CRLF when asked. */
function literal(raw: string, where: string, crlf: boolean): string {
  if (raw.includes('[[') || raw.includes(']]')) {
    throw new CorpusSourceError(`${where}: unbalanced [[ ]] markup`);
  }
  const text = raw.replace(/\{\{([A-Z]+)\}\}/g, (_m, name: string) => {
    const ch = ESCAPES[name];
    if (ch === undefined) throw new CorpusSourceError(`${where}: unknown escape {{${name}}}`);
    return ch;
  });
  if (text.includes('{{') || text.includes('}}')) throw new CorpusSourceError(`${where}: stray {{ }}`);
  return crlf ? text.replace(/\n/g, '\r\n') : text;
}

const CLOSING = /[.!?]$/;

/** Strips `[[category|words]]` markup and returns the text with UTF-16 offsets of each finding. */
export function parseMarkedText(marked: string, where: string, crlf = false): { text: string; findings: GoldFinding[] } {
  let out = '';
  const findings: GoldFinding[] = [];
  let pos = 0;
  while (pos < marked.length) {
    const open = marked.indexOf('[[', pos);
    if (open < 0) {
      out += literal(marked.slice(pos), where, crlf);
      break;
    }
    out += literal(marked.slice(pos, open), where, crlf);
    const close = marked.indexOf(']]', open + 2);
    if (close < 0) throw new CorpusSourceError(`${where}: "[[" without "]]"`);
    const inner = marked.slice(open + 2, close);
    const bar = inner.indexOf('|');
    if (bar < 0) throw new CorpusSourceError(`${where}: "[[${inner}]]" has no "|"`);
    const category = CategoryId.safeParse(inner.slice(0, bar));
    if (!category.success) throw new CorpusSourceError(`${where}: unknown category "${inner.slice(0, bar)}"`);
    const words = literal(inner.slice(bar + 1), where, crlf);
    if (words.trim() === '' || words !== words.trim()) {
      throw new CorpusSourceError(`${where}: span "${words}" is empty or has outer whitespace`);
    }
    if (CLOSING.test(words)) {
      throw new CorpusSourceError(`${where}: span "${words}" ends in . ! or ? (closing punctuation stays outside)`);
    }
    const start = out.length;
    out += words;
    findings.push({ category: category.data, start, end: out.length });
    pos = close + 2;
  }
  return { text: out, findings };
}

function headerParts(entry: Entry): { id: string; rest: string[] } {
  const [id = '', ...rest] = entry.header.split(/\s+/);
  return { id, rest };
}

/**
 * Draft entries: `=== d-airline-001` (must hold at least one finding) or
 * `=== d-airline-002 clean` (must hold none), optionally followed by `crlf`.
 */
export function parseDraftSources(files: SourceFile[]): DraftRecord[] {
  const records: DraftRecord[] = [];
  for (const file of files) {
    for (const entry of splitEntries(file)) {
      const where = `${entry.file}:${entry.line}`;
      const { id, rest } = headerParts(entry);
      const unknown = rest.filter((f) => f !== 'clean' && f !== 'crlf');
      if (unknown.length > 0) throw new CorpusSourceError(`${where}: unknown header flag(s) ${unknown.join(' ')}`);
      const clean = rest.includes('clean');
      const { text, findings } = parseMarkedText(entry.body.join('\n'), `${where} (${id})`, rest.includes('crlf'));
      if (clean && findings.length > 0) throw new CorpusSourceError(`${where}: ${id} is marked clean but has findings`);
      if (!clean && findings.length === 0) {
        throw new CorpusSourceError(`${where}: ${id} has no findings; mark it "clean" if that is meant`);
      }
      const parsed = DraftRecord.safeParse({ id, draft: text, findings });
      if (!parsed.success) throw new CorpusSourceError(`${where}: ${parsed.error.message}`);
      records.push(parsed.data);
    }
  }
  return checkUnique(records);
}

/** Customer entries: `=== c-airline-001 | situations: a b | signals: c d` (signals may be empty). */
export function parseCustomerSources(files: SourceFile[]): CustomerRecord[] {
  const records: CustomerRecord[] = [];
  for (const file of files) {
    for (const entry of splitEntries(file)) {
      const where = `${entry.file}:${entry.line}`;
      const m = /^(\S+)\s*\|\s*situations:([^|]*)\|\s*signals:([^|]*?)(\s*\|\s*crlf)?$/.exec(entry.header);
      if (!m) throw new CorpusSourceError(`${where}: header must be "c-… | situations: … | signals: …"`);
      const ids = (s: string) => s.split(/[\s,]+/).filter((x) => x !== '');
      const { text, findings } = parseMarkedText(entry.body.join('\n'), `${where} (${m[1]})`, m[4] !== undefined);
      if (findings.length > 0) throw new CorpusSourceError(`${where}: customer messages carry no span markup`);
      const parsed = CustomerRecord.safeParse({
        id: m[1],
        customer: text,
        situations: ids(m[2]!),
        signals: ids(m[3]!),
      });
      if (!parsed.success) throw new CorpusSourceError(`${where}: ${parsed.error.message}`);
      records.push(parsed.data);
    }
  }
  return checkUnique(records);
}

function checkUnique<T extends { id: string }>(records: T[]): T[] {
  const seen = new Set<string>();
  for (const r of records) {
    if (seen.has(r.id)) throw new CorpusSourceError(`duplicate id ${r.id}`);
    seen.add(r.id);
  }
  return records;
}

export function toJsonl(records: object[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

export function parseJsonl<T>(text: string, schema: z.ZodType<T>): T[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => schema.parse(JSON.parse(line)));
}
