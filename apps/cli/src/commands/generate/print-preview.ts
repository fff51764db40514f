import type { RunConfig } from "@apigen/core";
import type { PromptPreview } from "@apigen/pipeline";
import type { RunIo } from "../../run-io.js";

/** Prints what `--dry-run` shows: the targets, the tool sources, the models, then each previewed prompt. */
export function printPreview(io: RunIo, config: RunConfig, preview: PromptPreview): void {
  const targets = Object.entries(config.target.byStyle)
    .map(([style, count]) => `${style} ${count}`)
    .join(", ");
  const judge = config.judge.enabled ? (config.judge.model ?? config.generator.model).model : "off";
  const lines = [
    `Plan: ${targets}`,
    `Generator: ${config.generator.model.provider}:${config.generator.model.model}; judge: ${judge}`,
    ...preview.sources.map((source) => `Tools: ${source}`),
    `Seed ${config.seed}; ${config.concurrency} prompts in flight; ${config.generator.pairsPerPrompt} pairs per prompt`,
    "",
  ];
  for (const plan of preview.prompts) {
    lines.push(`--- prompt ${plan.prompt}: ${plan.style}, ${plan.category}, template ${plan.promptId}`);
    lines.push(`tools: ${plan.tools.join(", ")}`);
    for (const message of plan.request.messages) {
      lines.push(`[${message.role}]`, message.content, "");
    }
  }
  io.stdout.write(`${lines.join("\n")}\n`);
}
