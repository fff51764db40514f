import type { CategoryTally } from "../score/score-categories.js";

/** The runner's progress, in the order things happen (entries of one category may interleave). */
export type BfclRunEvent =
  /** The model is being asked about one entry. */
  | { type: "entry-start"; category: string; id: string }
  /**
   * One entry is scored. `resumed` is true when its answer came from an earlier run's files and the model was
   * not asked; `retried` when an earlier run's `model_error` was asked again; `errorType` is `model_error` when
   * the model failed after its own retries.
   */
  | {
      type: "entry-end";
      category: string;
      id: string;
      valid: boolean;
      errorType: string | null;
      resumed: boolean;
      retried: boolean;
    }
  /**
   * Every entry of a category (up to `limit`) is scored; `accuracy` is in percent, undefined for none.
   * `retried` counts entries asked again after an earlier run's `model_error`; `skipped` counts executable
   * entries left out because the executor lacks one of their functions.
   */
  | {
      type: "category-end";
      category: string;
      tally: CategoryTally;
      accuracy: number | undefined;
      retried: number;
      skipped: number;
    };
