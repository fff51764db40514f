import type { RunProgress } from "@apigen/pipeline";
import { formatDuration } from "../../format/format-duration.js";

/**
 * One line of progress: accepted of target, what each stage rejected, the rate and the time left.
 *
 * @example
 * renderProgress(progress); // "accepted 120/500 (24%) | rejected: format 40, execution 60, ..."
 */
export function renderProgress(progress: RunProgress): string {
  const { accepted, target, failed, generated, prompts } = progress;
  const percent = target === 0 ? 100 : Math.floor((accepted / target) * 100);
  const parts = [
    `accepted ${accepted}/${target} (${percent}%)`,
    `generated ${generated}`,
    `rejected: format ${failed.format}, execution ${failed.execution}, semantic ${failed.semantic}, duplicate ${failed.duplicate}`,
    `${progress.rowsPerMinute.toFixed(1)} rows/min`,
    `ETA ${progress.etaMs === undefined ? "-" : formatDuration(progress.etaMs)}`,
    `prompts ${prompts.sent} sent, ${prompts.inFlight} in flight`,
  ];
  if (prompts.waiting > 0) {
    parts.push(`${prompts.waiting} waiting for batch results`);
  }
  if (prompts.failed > 0) {
    parts.push(`${prompts.failed} failed`);
  }
  return parts.join(" | ");
}

/**
 * Writes progress to a stream: redrawn in place on a terminal, at most every `plainIntervalMs` as plain lines
 * otherwise (logs, CI).
 */
export function createProgressPrinter(
  stream: { write(text: string): unknown; isTTY?: boolean; columns?: number },
  { plainIntervalMs = 10_000 }: { plainIntervalMs?: number } = {},
): { update(progress: RunProgress): void; done(): void } {
  let lastPlain = 0;
  let drawn = false;
  return {
    update(progress) {
      const line = renderProgress(progress);
      if (stream.isTTY === true) {
        const width = stream.columns ?? 120;
        stream.write(`\r\x1b[2K${line.length < width ? line : `${line.slice(0, width - 2)}…`}`);
        drawn = true;
        return;
      }
      const now = Date.now();
      if (now - lastPlain >= plainIntervalMs) {
        lastPlain = now;
        stream.write(`${line}\n`);
      }
    },
    done() {
      if (drawn) {
        stream.write("\n");
        drawn = false;
      }
    },
  };
}
