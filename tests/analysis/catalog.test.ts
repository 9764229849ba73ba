import { describe, expect, it } from 'vitest';
import { analyzeDraft, CATALOG, CatalogSchema, CUES, ENTITY_GROUPS, LEXICON, LexiconSchema, EntityGroupSchema, CueSchema, classifyCustomer, buildEngine } from '../../lib/analysis';
import { CATEGORY_IDS } from '../../lib/analysis/taxonomy';
import { analyzeWith, getEngine } from '../../lib/analysis/engine';

// The generic test (STYLE.md: Vale/retext): every rule's own examples, for every rule.

describe('the catalog', () => {
  it('passes its zod schema (ids, categories, slots with fallbacks)', () => {
    expect(() => CatalogSchema.parse(CATALOG)).not.toThrow();
    expect(() => LexiconSchema.parse(LEXICON)).not.toThrow();
    for (const g of ENTITY_GROUPS) expect(() => EntityGroupSchema.parse(g)).not.toThrow();
    for (const c of CUES) expect(() => CueSchema.parse(c)).not.toThrow();
  });

  it('compiles every pattern (no unknown macro, class or unbounded start)', () => {
    expect(() => buildEngine()).not.toThrow();
  });

  it('covers all nine categories with several rules each', () => {
    for (const c of CATEGORY_IDS) {
      expect(CATALOG.filter((r) => r.category === c).length, c).toBeGreaterThanOrEqual(1);
    }
  });

  it('rejects a rule whose rewrite has a slot without a fallback', () => {
    const bad = { ...CATALOG[0]!, id: 'redirect.bad-slot', rewrites: ["I'll call {partner} now"] };
    expect(CatalogSchema.safeParse([bad]).success).toBe(false);
  });

  it('rejects duplicate rule ids', () => {
    expect(CatalogSchema.safeParse([CATALOG[0]!, CATALOG[0]!]).success).toBe(false);
  });
});

// A rule's deflection examples are checked against the rules themselves: each example is a
// one-sentence draft with one finding, exactly the case the stacked learned layer
// (learned/drafts-stack.ts) may overrule when its model doubts the sentence, and that layer has
// tests of its own.
// The clean examples are checked against the whole analyzer, which must leave them clean too.
const rulesOnly = (text: string) => analyzeWith(getEngine(), text);

for (const rule of CATALOG) {
  describe(`rule ${rule.id}`, () => {
    for (const sentence of rule.examples.invalid) {
      it(`flags '${sentence}' as ${rule.category}`, () => {
        const cats = rulesOnly(sentence).findings.map((f) => f.category);
        expect(cats).toContain(rule.category);
      });
    }
    for (const sentence of rule.examples.valid) {
      it(`does not flag '${sentence}' as ${rule.category}`, () => {
        const found = analyzeDraft(sentence).findings.filter((f) => f.category === rule.category);
        expect(found.map((f) => f.text)).toEqual([]);
      });
    }
  });
}

for (const cue of CUES) {
  describe(`customer cue ${cue.id}`, () => {
    const ids = (text: string) => {
      const r = classifyCustomer(text);
      return cue.kind === 'situation' ? r.situations.map((s) => s.id) : r.signals.map((s) => s.id);
    };
    for (const m of cue.examples.positive) {
      it(`finds ${cue.label} in '${m}'`, () => expect(ids(m)).toContain(cue.label));
    }
    for (const m of cue.examples.negative ?? []) {
      it(`does not find ${cue.label} in '${m}'`, () => expect(ids(m)).not.toContain(cue.label));
    }
  });
}

describe('the rewrites', () => {
  it("leave their sentence clean once applied, for every rule's invalid examples", () => {
    const ctx = { customerName: 'Maria Lopez', now: Date.UTC(2025, 2, 4, 10), timeZone: 'UTC' };
    const dirty: string[] = [];
    for (const rule of CATALOG) {
      for (const ex of rule.examples.invalid) {
        for (const f of analyzeDraft(ex, ctx).findings) {
          for (const rw of f.rewrites) {
            expect(rw.text).not.toMatch(/[{}]|undefined|null|NaN/);
            const fixed = ex.slice(0, f.start) + rw.text + ex.slice(f.end);
            // The rules must not fire on the rewritten words. The learned layer reads whole
            // sentences, so it may still fault what the rewrite left around it (the residue is
            // the rep's, not ours); it must not fault the rewrite's own text.
            const left = analyzeDraft(fixed).findings.filter((g) => !g.ruleId.endsWith('.learned') && g.start < f.start + rw.text.length && f.start < g.end);
            if (left.length) dirty.push(`${f.ruleId}: "${fixed}" → ${left.map((g) => g.category).join(', ')}`);
            const alone = analyzeDraft(rw.text).findings;
            if (alone.length) dirty.push(`${f.ruleId}: the rewrite "${rw.text}" alone → ${alone.map((g) => g.category).join(', ')}`);
          }
        }
      }
    }
    expect(dirty).toEqual([]);
  });
});
