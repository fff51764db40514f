import { stringifyJson } from "@apigen/core";
import type { PollResult, RunState } from "@apigen/trainer";

const round = (value: number | null | undefined, digits: number) =>
  value === null || value === undefined ? "-" : Number(value.toFixed(digits)).toString();

/** The text `apigen train status` prints: status, attempts, where it runs, the last heartbeat, the history. */
export function formatRunState(state: RunState, poll?: PollResult): string {
  const lines = [`run ${state.runId}: ${state.status} (backend ${state.backend}, attempt ${state.attempts})`];
  const remote = state.remote;
  if (remote?.kind === "local") {
    lines.push(`  where: ${remote.dir} (pid ${remote.pid})`);
  } else if (remote?.kind === "ssh") {
    lines.push(
      `  where: ${remote.user}@${remote.host}:${remote.port} ${remote.dir}${remote.pid === undefined ? "" : ` (pid ${remote.pid})`}`,
    );
  } else if (remote?.kind === "hf-jobs") {
    lines.push(`  where: Hugging Face job ${remote.namespace}/${remote.jobId}`);
  }
  if (poll?.detail !== undefined) {
    lines.push(`  backend says: ${poll.detail}`);
  }
  const beat = state.lastHeartbeat;
  if (beat === undefined) {
    lines.push("  heartbeat: none yet");
  } else {
    lines.push(
      `  step ${beat.step}${beat.epoch === null || beat.epoch === undefined ? "" : ` (epoch ${round(beat.epoch, 2)})`}: ` +
        `loss ${round(beat.loss, 4)}, lr ${beat.lr ?? "-"}, ${round(beat.tokensPerSecond, 0)} tokens/s, ` +
        `memory ${round(beat.memoryGb, 1)} GB`,
      `  last checkpoint: ${beat.lastCheckpoint ?? "none"}`,
    );
  }
  if (poll?.completed !== undefined) {
    lines.push(`  completed: ${stringifyJson(poll.completed)}`);
  }
  lines.push("  history:");
  for (const entry of state.history) {
    lines.push(`    ${entry.at} ${entry.status}${entry.detail === undefined ? "" : ` (${entry.detail})`}`);
  }
  return `${lines.join("\n")}\n`;
}
