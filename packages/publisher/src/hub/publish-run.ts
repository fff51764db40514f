import { publishRunIter } from "./publish-run-iter.js";
import type { PublishReport, PublishRunOptions } from "./publish-run-options.js";

/**
 * Publishes a run as a Hub data set; see {@link publishRunIter}, which yields its progress.
 *
 * @example
 * const { url } = await publishRun({ runDir: "runs/finance", repo: "me/finance-calls", accessToken: await loadHubToken() });
 */
export async function publishRun(options: PublishRunOptions): Promise<PublishReport> {
  const iterator = publishRunIter(options);
  for (;;) {
    const step = await iterator.next();
    if (step.done === true) {
      return step.value;
    }
  }
}
