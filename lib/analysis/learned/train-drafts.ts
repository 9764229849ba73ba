import { writeFileSync } from 'node:fs';
import { loadCorpus } from '../../../tests/corpus/evaluate';
import { modelToSource } from './core';
import { crossFit, extraExamples, trainStack } from './drafts-stack-train';

// Trains the SHIPPED stacked draft model (drafts-stack.ts) on the whole honest pool H plus the
// extra sources (drafts-stack-train.ts), with the bars the 5-fold cross-fitting chose on all of
// H's held-out probabilities, and writes drafts-stack-weights.ts. Deterministic: sorted ids,
// hashed folds, zero-initialised SGD in a fixed order. Honest numbers: eval-drafts.ts.
//   npx tsx lib/analysis/learned/train-drafts.ts
// (The earlier tune-trained model, used by drafts.ts / drafts-veto.ts: drafts-tune-train.ts.)

const corpus = loadCorpus();
const fit = crossFit(corpus);
const model = trainStack(fit.pool, extraExamples(corpus));
const source = modelToSource(model, 'STACK_MODEL')
  .replace("import { expandModel, type LinearModel } from './core';", "import { expandModel, type LinearModel } from './core';\nimport type { StackThresholds } from './drafts-stack-pick';")
  .replace(
    /\n$/,
    `\n/** Bars chosen by 5-fold cross-fitting over the ${fit.pool.length} honest-pool drafts (drafts-stack-train.ts chooseThresholds). */\nexport const STACK_THRESHOLDS: StackThresholds = ${JSON.stringify(fit.pooledThresholds)};\n`,
  );
const path = new URL('./drafts-stack-weights.ts', import.meta.url);
writeFileSync(path, source);
console.log(`wrote ${path.pathname}: ${Object.keys(model.weights).length} features, ${(source.length / 1024).toFixed(1)} KB; bars ${JSON.stringify(fit.pooledThresholds)}`);
