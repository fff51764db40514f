import type { TrainJobValidation } from "@apigen/trainer";

const gigabytes = (value: number) => `${value.toFixed(1)} GB`;

const duration = (seconds: number) => {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.round((seconds % 3600) / 60);
  return hours > 0 ? `${hours} h ${minutes} min` : `${minutes} min`;
};

/** The text `apigen train launch` prints about a spec: errors, warnings, notices, and the rough estimate. */
export function formatValidation({ errors, warnings, notices, estimate }: TrainJobValidation): string {
  const lines: string[] = [];
  for (const [label, findings] of [
    ["error", errors],
    ["warning", warnings],
    ["notice", notices],
  ] as const) {
    for (const finding of findings) {
      lines.push(
        `${label}: ${finding.path === undefined ? "" : `${finding.path}: `}${finding.message} [${finding.code}]`,
      );
    }
  }
  const {
    memory,
    params,
    tokensPerEpoch,
    stepsPerEpoch,
    tokensPerSecondPerGpu,
    secondsPerEpoch,
    totalSeconds,
  } = estimate;
  lines.push("estimate (rough):");
  if (params !== undefined) {
    lines.push(`  parameters: ${(params / 1e9).toFixed(2)}B`);
  }
  if (memory !== undefined) {
    lines.push(
      `  memory per GPU: ${gigabytes(memory.totalGb)} (weights ${gigabytes(memory.weightsGb)}, gradients ` +
        `${gigabytes(memory.gradientsGb)}, optimizer ${gigabytes(memory.optimizerGb)}, activations ${gigabytes(memory.activationsGb)})`,
    );
  }
  if (tokensPerEpoch !== undefined) {
    lines.push(
      `  tokens per epoch: ${tokensPerEpoch}${stepsPerEpoch === undefined ? "" : `, ${stepsPerEpoch} steps`}`,
    );
  }
  if (secondsPerEpoch !== undefined && totalSeconds !== undefined) {
    lines.push(
      `  time: ${duration(secondsPerEpoch)} per epoch, ${duration(totalSeconds)} in all` +
        `${tokensPerSecondPerGpu === undefined ? "" : ` (assuming ${tokensPerSecondPerGpu} tokens/s per GPU)`}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
