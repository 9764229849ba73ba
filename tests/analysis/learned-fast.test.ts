import { describe, expect, it } from 'vitest';
import { predict, sentenceWords, trainOneVsRest, wordFeatures, type LinearModel } from '../../lib/analysis/learned/core';
import { featureHandles, predictSpanWithIds, predictText, predictTextWith, predictTextWithIds, type WordDerived } from '../../lib/analysis/learned/core-fast';
import { draftFeatures } from '../../lib/analysis/learned/drafts-features';
import { LEMMA_FEATURE, stackContextFeatures } from '../../lib/analysis/learned/drafts-stack-context';
import { RULE_FEATURES, STACK_FEATURES, stackFeatureIds, stackRuleFeatureIds, stackRuleFeatures, unitsOfFindings } from '../../lib/analysis/learned/drafts-stack-features';
import { STACK_MODEL } from '../../lib/analysis/learned/drafts-stack-weights';
import { draftSentences } from '../../lib/analysis/learned/drafts-units';
import { analyzeWith, getEngine } from '../../lib/analysis/engine';
import { CUSTOMER_MODEL } from '../../lib/analysis/learned/customer-weights';

// The fast inference path (core-fast.ts) must give exactly what the plain definitions give: the
// same feature list, and the same doubles (a sum over new Set(features), in order, from the bias).

/** wordFeatures as first written: sentenceWords, then a first-seen set of words and bigrams. */
function referenceFeatures(text: string): string[] {
  const seen = new Set<string>();
  for (const words of sentenceWords(text)) {
    let previous = '^';
    for (const word of words) {
      seen.add(word);
      seen.add(`${previous}|${word}`);
      previous = word;
    }
  }
  return [...seen];
}

function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** predict as first written: the dense rows looked up by string, summed in feature order. */
function referencePredict(model: LinearModel, features: string[]): number[] {
  const z = [...model.bias];
  for (const f of new Set(features)) {
    const row = model.weights[f];
    if (row === undefined) continue;
    for (let j = 0; j < z.length; j++) z[j] = (z[j] ?? 0) + (row[j] ?? 0);
  }
  return z.map(sigmoid);
}

const TEXTS = [
  "Hi Dana, unfortunately we CAN'T change it; please contact Expedia directly. We're sorry!",
  'Your order #A-10023 ships in 3–5 business days... We apologize for any inconvenience.',
  "it's 120 dollars: the driver's van, the driver's fault. He's here, ain't he? Let’s see.",
  'rock’n’roll o’clock’s abc\' \'tis x\'s it\'0 007abc abc123def ʼs won’t shan\'t cannot',
  'İSTANBUL and the KELVIN sign \u212a; constructor toString __proto__ hasOwnProperty',
  "DON'T x'\u212aa y’\u0130z WE’RE O'NEIL 3'4 it'",
  'the the the the. the the\r\nthe\n\nthe',
  '',
  '...!!!???',
  'Is there anything else I can help you with today? Let me know if you have any other questions.',
];

describe('fast learned inference', () => {
  it('lists the same features in the same order as the sentenceWords definition', () => {
    for (const text of TEXTS) expect(wordFeatures(text)).toEqual(referenceFeatures(text));
  });

  it('predicts the same doubles as the dense sum, duplicates and unknown features included', () => {
    const trained = trainOneVsRest(
      [
        { features: wordFeatures('please contact the airline'), labels: ['redirect'] },
        { features: wordFeatures('contact your bank about it'), labels: ['redirect'] },
        { features: wordFeatures('I have refunded you today'), labels: [] },
        { features: wordFeatures('I refunded the charge'), labels: [] },
      ],
      ['redirect'],
      { minCount: 1 },
    );
    for (const model of [STACK_MODEL, CUSTOMER_MODEL, trained]) {
      for (const text of TEXTS) {
        const features = [...referenceFeatures(text), '#asks', '~charg', 'constructor', 'no|such', 'please', 'please'];
        expect(predict(model, features)).toStrictEqual(referencePredict(model, features));
        expect(predictText(model, text)).toStrictEqual(referencePredict(model, referenceFeatures(text)));
      }
    }
  });

  it('predicts the same once the token cache has grown and started over (a paste of many distinct words)', () => {
    // More distinct words than the cache keeps (20,000), some the model knows, in mixed case.
    const flood = Array.from({ length: 25_000 }, (_, i) => (i % 7 === 0 ? 'Please CONTACT' : `Word${i.toString(36)}x`)).join(' ');
    for (const text of [flood, ...TEXTS, flood.slice(0, 5000), ...TEXTS]) {
      expect(predictText(STACK_MODEL, text)).toStrictEqual(referencePredict(STACK_MODEL, referenceFeatures(text)));
    }
  });

  it('predicts the same for a vocabulary too large for 32-bit bigram keys', () => {
    const weights: Record<string, number[]> = {};
    for (let i = 0; i < 47_000; i++) weights[`w${i.toString(36)}`] = [((i % 13) - 6) / 8];
    Object.assign(weights, { 'wa|wb': [1.5], '^|wzz': [-0.75], 'wc|wzzz': [0.3] });
    const model: LinearModel = { labels: ['x'], bias: [0.25], weights };
    for (const text of ['Wa wb wc wzzz. WZZ wa', 'wzz wa wb', ...TEXTS]) {
      expect(predictText(model, text)).toStrictEqual(referencePredict(model, referenceFeatures(text)));
    }
  });

  it('adds ready-made extra features after the words, each once, as predict does', () => {
    const trained = trainOneVsRest(
      [
        { features: [...wordFeatures('please contact the airline'), 'r:redirect', 'd:n=1'], labels: ['redirect'] },
        { features: [...wordFeatures('contact your bank about it'), 'r:redirect'], labels: ['redirect'] },
        { features: [...wordFeatures('I contacted the airline today'), 'r:none', 'd:n=1'], labels: [] },
        { features: [...wordFeatures('I refunded the charge'), 'r:none'], labels: [] },
      ],
      ['redirect'],
      { minCount: 1 },
    );
    for (const model of [STACK_MODEL, trained]) {
      for (const text of TEXTS) {
        for (const extra of [[], ['r:redirect'], ['r:none', 'd:n=1', 'r:none', 'please', 'no:such']]) {
          const features = [...referenceFeatures(text), ...extra];
          expect(predictTextWith(model, text, extra)).toStrictEqual(referencePredict(model, features));
          expect(predictTextWith(model, text, extra)).toStrictEqual(predict(model, features));
        }
      }
    }
  });

  it('scores a draft unit from its text and rule features as from its feature list (the stack at run time vs at training)', () => {
    for (const text of TEXTS) {
      const units = draftSentences(text);
      const findings = analyzeWith(getEngine(), text).findings;
      const unitOf = unitsOfFindings(units, findings);
      const extra = stackRuleFeatures(units.length, findings, unitOf);
      const { ids, from } = stackRuleFeatureIds(units.length, findings, unitOf);
      const handles = featureHandles(STACK_MODEL, RULE_FEATURES);
      units.forEach((unit, u) => {
        const expected = predict(STACK_MODEL, [...draftFeatures(unit.text), ...extra[u]!]);
        expect(predictTextWith(STACK_MODEL, unit.text, extra[u]!)).toStrictEqual(expected);
        expect(predictTextWithIds(STACK_MODEL, unit.text, handles, ids, from[u]!, from[u + 1]!)).toStrictEqual(expected);
      });
    }
  });

  it('scores a draft unit with its rule, neighbour and lemma features as training names them', () => {
    const more = [
      "They blamed the carriers and we're told the drivers were waiting. Please contact the airlines. The boxes arrived late.",
      'İSTANBUL offices blamed the carriers; the agents are checking. We refunded you.',
    ];
    const handles = featureHandles(STACK_MODEL, STACK_FEATURES);
    let units = 0;
    for (const text of [...TEXTS, ...more]) {
      const found = draftSentences(text);
      const findings = analyzeWith(getEngine(), text).findings;
      const unitOf = unitsOfFindings(found, findings);
      const context = stackContextFeatures(found, findings, unitOf);
      const extra = stackRuleFeatures(found.length, findings, unitOf).map((r, u) => [...r, ...context[u]!]);
      const { ids, from } = stackFeatureIds(found.length, findings, unitOf, true);
      found.forEach((unit, u) => {
        units++;
        const expected = predict(STACK_MODEL, [...draftFeatures(unit.text), ...extra[u]!]);
        expect(predictSpanWithIds(STACK_MODEL, text, unit.start, unit.end, handles, ids, from[u]!, from[u + 1]!, LEMMA_FEATURE)).toStrictEqual(expected);
      });
    }
    expect(units).toBeGreaterThan(8);
  });

  it('adds features derived per word after the ids, in first-seen order, and starts over when they change', () => {
    const trained = trainOneVsRest(
      [
        { features: [...wordFeatures('please contact the airline'), 'w:contact', 'w:are'], labels: ['redirect'] },
        { features: [...wordFeatures('we are sorry'), 'w:we', 'w:sorry', 'x:contact'], labels: [] },
      ],
      ['redirect'],
      { minCount: 1 },
    );
    let prefix = 'w';
    const derived: WordDerived = { featureOf: (w) => (w === 'the' ? '' : `${prefix}:${w}`), epoch: () => prefix.charCodeAt(0) };
    const handles = featureHandles(trained, ['r:none']);
    const text = "Sorry, we're here: please CONTACT the airline, we are sorry. İ contact";
    for (const [from, to] of [[0, text.length], [7, 60], [0, 66]] as const) {
      for (const p of ['w', 'x', 'w']) {
        prefix = p;
        const slice = text.slice(from, to);
        const names = [...new Set(wordFeatures(slice).filter((f) => !f.includes('|') && f !== 'the').map((w) => `${p}:${w}`))];
        expect(predictSpanWithIds(trained, text, from, to, handles, [0], 0, 1, derived)).toStrictEqual(predict(trained, [...wordFeatures(slice), 'r:none', ...names]));
      }
    }
  });

  it('scores extra features by handle as by name, a name the model lacks included', () => {
    const names = ['r:none', 'no:such', 'd:n=1', 'r:none', 'please'];
    const handles = featureHandles(STACK_MODEL, names);
    expect(handles[1]).toBe(-1);
    const ids = [4, 0, 1, 2, 3, 0];
    for (const text of TEXTS) {
      expect(predictTextWithIds(STACK_MODEL, text, handles, ids, 1, 6)).toStrictEqual(predictTextWith(STACK_MODEL, text, ['r:none', 'no:such', 'd:n=1', 'r:none', 'r:none']));
      expect(predictTextWithIds(STACK_MODEL, text, handles, ids, 0, 2)).toStrictEqual(predict(STACK_MODEL, [...wordFeatures(text), 'please', 'r:none']));
    }
  });

  it('scores a span of a text in place as its slice', () => {
    const handles = featureHandles(STACK_MODEL, ['r:none', 'd:n=1']);
    const ids = [0, 1];
    for (const text of TEXTS) {
      for (const [from, to] of [[0, text.length], [3, text.length - 2], [1, 9], [5, 5]] as const) {
        if (from > to || to > text.length) continue;
        const slice = text.slice(from, to);
        expect(predictSpanWithIds(STACK_MODEL, text, from, to, handles, ids, 0, 2)).toStrictEqual(predictTextWithIds(STACK_MODEL, slice, handles, ids, 0, 2));
        expect(predictSpanWithIds(STACK_MODEL, text, from, to, handles, ids, 0, 0)).toStrictEqual(referencePredict(STACK_MODEL, referenceFeatures(slice)));
      }
    }
  });

  it('gives each text its own sentence units, whatever was asked before', () => {
    const a = TEXTS[0]!;
    const b = TEXTS[8]!;
    const first = draftSentences(a).map((u) => u.text);
    expect(draftSentences(b).map((u) => u.text)).not.toEqual(first);
    expect(draftSentences(a).map((u) => u.text)).toEqual(first);
    expect(draftSentences(a)).toBe(draftSentences(a));
  });
});
