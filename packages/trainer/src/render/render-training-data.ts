import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { createJsonlWriter, type Example, stringifyJson } from "@apigen/core";
import { findBaseModel } from "../spec/known-base-models.js";
import type { TrainJobSpec } from "../spec/train-job-spec-schema.js";
import { chatTemplateRow } from "./chat-template-row.js";
import { type RoundTripFailure, roundTripProblem, targetProblem } from "./check-round-trip.js";
import { estimateTokens } from "./estimate-tokens.js";
import { readTrainingSource } from "./read-training-source.js";
import { renderTrainingRow } from "./render-training-row.js";
import { seededUnit } from "./seeded-unit.js";
import type { TokenizerFamily } from "./tokenizer-family.js";

/** One written split: its file, rows and estimated tokens. */
export interface RenderedSplit {
  path: string;
  rows: number;
  /** Estimated with `estimateTokens` over the rendered text. */
  tokens: number;
}

/** What {@link renderTrainingData} wrote. */
export interface RenderedTrainingData {
  train: RenderedSplit;
  eval: RenderedSplit;
  /** Rows left out, by reason, most first. */
  skipped: { reason: string; count: number }[];
  /** Rows whose target did not read back to their own calls (not written). */
  roundTripFailures: RoundTripFailure[];
}

/**
 * Renders a job's data sources into `outDir/train.jsonl` and `outDir/eval.jsonl`, streaming. Each row is
 * `{id, prompt, completion}` (`xlam-v1`, `xlam-v2`) or `{id, messages, tools}` (`chat-template`). Sources are
 * mixed by weight (2 writes each row twice, 0.5 keeps a seeded half); rows longer than `data.maxLength`
 * estimated tokens are dropped and counted; a seeded hash of the query picks the held-out rows (all copies of a
 * query fall on the same side, and held-out rows are written once); every row's target is parsed back and
 * compared with its calls, failures reported by id.
 *
 * @example
 * const { train, eval: held } = await renderTrainingData({ spec, outDir: "jobs/x/data" });
 */
export async function renderTrainingData({
  spec,
  outDir,
}: {
  spec: TrainJobSpec;
  outDir: string;
}): Promise<RenderedTrainingData> {
  const { sources, maxLength, heldOut, seed } = spec.data;
  const format = spec.promptFormat;
  const tokenizerFamily = findBaseModel(spec.baseModel)?.chatTemplateFamily;
  await mkdir(outDir, { recursive: true });
  const train: RenderedSplit = { path: join(outDir, "train.jsonl"), rows: 0, tokens: 0 };
  const held: RenderedSplit = { path: join(outDir, "eval.jsonl"), rows: 0, tokens: 0 };
  const trainWriter = await createJsonlWriter(train.path);
  const evalWriter = await createJsonlWriter(held.path);
  const skipped = new Map<string, number>();
  const skip = (reason: string, count = 1) => skipped.set(reason, (skipped.get(reason) ?? 0) + count);
  const roundTripFailures: RoundTripFailure[] = [];
  try {
    for (const [sourceIndex, { path, weight }] of sources.entries()) {
      let index = 0;
      for await (const item of readTrainingSource(path)) {
        const position = index++;
        const whole = Math.floor(weight);
        const copies = whole + (seededUnit(seed, "weight", sourceIndex, position) < weight - whole ? 1 : 0);
        if ("skipped" in item) {
          skip(item.skipped, Math.max(copies, 1));
          continue;
        }
        if (copies === 0) {
          skip("subsampled by a fractional weight");
          continue;
        }
        const example = { ...item.example, id: item.example.id ?? `${sourceIndex}:${position}` };
        const { row, tokens, completion } = renderRow(example, spec, tokenizerFamily);
        const problem =
          completion === undefined
            ? roundTripProblem(example, format, tokenizerFamily)
            : targetProblem(example, completion, format);
        if (problem !== undefined) {
          roundTripFailures.push({ id: example.id, reason: problem });
          continue;
        }
        if (tokens > maxLength) {
          skip(`longer than maxLength ${maxLength} (estimated tokens)`, copies);
          continue;
        }
        if (seededUnit(seed, "split", example.query) < heldOut) {
          await evalWriter.write(row);
          held.rows++;
          held.tokens += tokens;
          continue;
        }
        for (let copy = 0; copy < copies; copy++) {
          await trainWriter.write(copy === 0 ? row : { ...row, id: `${row.id}#${copy}` });
        }
        train.rows += copies;
        train.tokens += tokens * copies;
      }
    }
  } finally {
    await trainWriter.close();
    await evalWriter.close();
  }
  return {
    train,
    eval: held,
    skipped: [...skipped].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
    roundTripFailures,
  };
}

function renderRow(
  example: Example & { id: string },
  spec: TrainJobSpec,
  tokenizerFamily: TokenizerFamily | undefined,
): { row: { id: string } & Record<string, unknown>; tokens: number; completion?: string } {
  if (spec.promptFormat === "chat-template") {
    const { messages, tools } = chatTemplateRow(example);
    return {
      row: { id: example.id, messages, tools },
      tokens: estimateTokens(stringifyJson(messages) + stringifyJson(tools)),
    };
  }
  const { prompt, completion } = renderTrainingRow(example, spec.promptFormat, { tokenizerFamily });
  return {
    row: { id: example.id, prompt, completion },
    tokens: estimateTokens(prompt + completion),
    completion,
  };
}
