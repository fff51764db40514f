import type { CommitParams } from "@huggingface/hub";
import type { ExportReport } from "../export/export-run.js";
import type { SplitSpec } from "../split/parse-split-spec.js";
import type { HoldOut } from "../split/plan-splits.js";
import type { HubChangePlan } from "./plan-hub-changes.js";

/** Options every publish takes. */
export interface PublishRunCommonOptions {
  /** The run directory to publish. */
  runDir: string;
  /** `owner/name` of the data set repository; created when missing. */
  repo: string;
  /**
   * Create the repository private (an existing repository keeps its visibility).
   * @default false
   */
  private?: boolean;
  /** @default "https://huggingface.co" */
  hubUrl?: CommitParams["hubUrl"];
  fetch?: CommitParams["fetch"];
  abortSignal?: CommitParams["abortSignal"];
  split?: SplitSpec;
  holdOut?: HoldOut;
  /** Seeds the split. @default the run's seed */
  seed?: number;
  /** Rows per Parquet shard. @default 50000 */
  shardRows?: number;
  /** The card's license. @default "cc-by-4.0" */
  license?: string;
}

/** Options of {@link publishRun}: a push with a token, or a dry run that only writes the files locally. */
export type PublishRunOptions = PublishRunCommonOptions &
  (
    | { dryRun?: false; accessToken: string; outDir?: string }
    | { dryRun: true; accessToken?: undefined; outDir: string }
  );

/** What a publish did (or, for a dry run, would do). */
export interface PublishReport {
  url: string;
  export: ExportReport;
  /** Repository paths with their changes; a dry run lists every file as `upload`. */
  plan: Omit<HubChangePlan, "operations">;
  /** The commit made; absent when nothing changed or on a dry run. */
  commit?: { oid: string; url: string; title: string };
  dryRun: boolean;
}

/** Progress of a publish, in order. */
export type PublishEvent =
  | { type: "export-end"; report: ExportReport }
  | { type: "card-end"; path: string }
  | { type: "repo-create"; created: boolean }
  | { type: "upload-plan"; plan: Omit<HubChangePlan, "operations"> }
  | { type: "commit-start"; title: string }
  | { type: "commit-end"; oid: string };
