import type { CategoryTally } from "../score/score-categories.js";

/** The runner's progress, in the order things happen (entries of one category may interleave). */
export type BfclRunEvent =
  /** The model is being asked about one entry. */
  | { type: "entry-start"; category: string; id: string }
  /**
   * One entry is scored. `resumed` is true when its answer came from an earlier run's files and the model was
   * not asked; `errorType` is `model_error` when the model failed after its own retries.
   */
  | {
      type: "entry-end";
      category: string;
      id: string;
      valid: boolean;
      errorType: string | null;
      resumed: boolean;
    }
  /** Every entry of a category (up to `limit`) is scored; `accuracy` is in percent, undefined for none. */
  | { type: "category-end"; category: string; tally: CategoryTally; accuracy: number | undefined };
