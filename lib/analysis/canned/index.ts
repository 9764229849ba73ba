export { MASK, cannedGroupKey, hashNormalized, maskedTokens, normalizeCanned, type MaskedToken } from './mask';
export {
  DEFAULT_THRESHOLD,
  MIN_TOKENS,
  buildCannedIndex,
  matchCanned,
  type CannedIndex,
  type CannedItem,
  type CannedMatch,
} from './match';
