import type { TrainJobSpec } from "@apigen/trainer";

/** How `apigen eval` should ask a model trained in each prompt format. */
const evalMode: Record<TrainJobSpec["promptFormat"], { mode: string; serveFlags: string }> = {
  "xlam-v1": { mode: "xlam", serveFlags: "" },
  "xlam-v2": {
    mode: "fc",
    serveFlags: " --enable-auto-tool-choice --tool-call-parser <the model family's parser>",
  },
  "chat-template": {
    mode: "fc",
    serveFlags:
      " --enable-auto-tool-choice --tool-call-parser <the model family's parser, e.g. hermes for Qwen 2.5>",
  },
};

/**
 * The exact commands that take a finished run to a BFCL score: fetch the merged model (or take it from the Hub
 * repository the job pushed to), serve it with an OpenAI-compatible server, and run `apigen eval` on the spec's
 * evaluation categories in the mode that matches the prompt format it was trained with.
 */
export function formatNextSteps(spec: TrainJobSpec, jobsDir: string): string {
  const { runId } = spec;
  const categories =
    spec.evaluation?.categories.join(",") ?? "simple_python,multiple,parallel,parallel_multiple,irrelevance";
  const { mode, serveFlags } = evalMode[spec.promptFormat];
  const model =
    spec.backend.kind === "hf-jobs"
      ? (spec.push?.repo ?? "<the Hub model repository the job pushed to>")
      : `models/${runId}/output`;
  const fetch =
    spec.backend.kind === "hf-jobs"
      ? []
      : [`    apigen train fetch ${runId} --jobs-dir ${jobsDir} --into models/${runId} --what output`];
  return [
    "  next: serve the merged model with any OpenAI-compatible server and score it BFCL-style",
    ...fetch,
    `    vllm serve ${model} --served-model-name ${runId} --port 8000${serveFlags}`,
    `    apigen eval --model ${runId} --base-url http://localhost:8000/v1 --categories ${categories} --mode ${mode}`,
    "",
  ].join("\n");
}
