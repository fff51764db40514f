export {
  type CreateDeduplicatorOptions,
  createDeduplicator,
  type Deduplicator,
  type DedupRow,
  type DedupVerdict,
  type MinHashDeduplicator,
} from "./create-deduplicator.js";
