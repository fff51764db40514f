import type { Finding } from "./finding.js";
import type { BaseModelInfo } from "./known-base-models.js";
import type { TrainJobSpec } from "./train-job-spec-schema.js";

/** The license notices of a job: the base model's license, the xLAM models' terms, the data set's attribution. */
export function licenseNotices(
  spec: TrainJobSpec,
  model: (BaseModelInfo & { id: string }) | undefined,
): Finding[] {
  const notices: Finding[] = [];
  if (model !== undefined) {
    const extra = model.license.startsWith("DeepSeek")
      ? " (use restrictions apply; the license travels with derived weights)"
      : model.license.startsWith("Llama")
        ? ' (derived models must carry the license and a "Built with Llama" notice, and their names start with "Llama")'
        : "";
    notices.push({
      code: "base-model-license",
      message: `${model.id} is released under the ${model.license}${extra}; the trained model inherits its terms.`,
      path: "baseModel",
    });
  }
  if (spec.promptFormat !== "chat-template") {
    notices.push({
      code: "xlam-license",
      message:
        "Salesforce's xLAM models, whose prompt format this job follows, are CC-BY-NC-4.0; the format itself is ours to use, but do not ship their weights or texts under other terms.",
      path: "promptFormat",
    });
  }
  if (spec.data.sources.some(({ path }) => /xlam/i.test(path) || path.endsWith(".json"))) {
    notices.push({
      code: "dataset-attribution",
      message:
        "Rows from Salesforce/xlam-function-calling-60k are CC-BY-4.0: credit the data set (Liu et al., APIGen, 2024) on the model card.",
      path: "data.sources",
    });
  }
  if (spec.push !== undefined && !spec.push.private) {
    notices.push({ code: "public-push", message: `${spec.push.repo} will be public.`, path: "push.private" });
  }
  return notices;
}
