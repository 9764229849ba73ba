// Recovery replies (TAXONOMY §4): three tiers composed from steps, matched to the customer's
// situations and signals, within the remedies the team allows.
export { composeRecovery, firstNameOf } from './compose';
export { extractFacts, type CustomerFacts } from './facts';
export { discountFor, formatMoney, type RemedyKind } from './remedies';
export type {
  RecoveryInput,
  RecoveryReply,
  RecoverySet,
  RecoverySettings,
  RecoveryStep,
  RemedyLimits,
  StepId,
} from './types';
