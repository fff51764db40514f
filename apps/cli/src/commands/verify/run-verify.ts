import { createJsonlWriter, type JsonlWriter, stringifyJson } from "@apigen/core";
import { createOpenAiCompatibleModel } from "@apigen/llm";
import { createBuiltinSource, createToolExecutor } from "@apigen/tools";
import {
  formatFunnelTable,
  summarizeFunnel,
  type VerifiedCandidate,
  verifyCandidates,
} from "@apigen/verifier";
import type { RunIo } from "../../run-io.js";
import { readVerifyRows, type VerifyFileFormat } from "./read-verify-rows.js";

/** Options of {@link runVerify}: what `apigen verify` was given. */
export interface RunVerifyOptions {
  path: string;
  io: RunIo;
  /** Where to write one verdict line per candidate. */
  out?: string;
  format?: VerifyFileFormat;
  /** Seed of the built-in tools' simulated services. @default 0 */
  seed?: number;
  /** Wall-clock limit per call. */
  timeoutMs?: number;
  /** Print the funnel as JSON instead of a table. @default false */
  json?: boolean;
  /** Stage 3: an OpenAI-compatible judge; without it only stages 1 and 2 run. */
  judge?: { model: string; baseUrl: string; apiKeyEnv?: string };
  /** Candidates between progress lines on stderr. @default 10000 */
  progressEvery?: number;
}

/**
 * Runs stages 1 (format), 2 (execution, with the built-in tools in-process) and, with a judge, 3 over a candidates
 * file, streams
 * verdicts to `out`, and prints the funnel. Unreadable input throws; rejected candidates are data.
 */
export async function runVerify({
  path,
  io,
  out,
  format,
  seed = 0,
  timeoutMs,
  json = false,
  judge,
  progressEvery = 10_000,
}: RunVerifyOptions): Promise<void> {
  const executor = createToolExecutor({ sources: [createBuiltinSource({ isolation: "in-process", seed })] });
  let writer: JsonlWriter | undefined;
  const stops: Pick<VerifiedCandidate, "verdicts" | "accepted">[] = [];
  const started = performance.now();
  try {
    writer = out === undefined ? undefined : await createJsonlWriter(out);
    const rows = readVerifyRows({ path, ...(format === undefined ? {} : { format }) });
    for await (const result of verifyCandidates({
      rows,
      executor,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
      ...(judge === undefined
        ? {}
        : {
            judge: {
              model: createOpenAiCompatibleModel({
                baseURL: judge.baseUrl,
                model: judge.model,
                ...(judge.apiKeyEnv === undefined ? {} : { apiKeyEnvironmentVariable: judge.apiKeyEnv }),
              }),
            },
          }),
    })) {
      const { id, accepted, verdicts, records, semantic } = result;
      stops.push({ accepted, verdicts: verdicts.filter((verdict) => !verdict.pass) });
      await writer?.write({
        id,
        accepted,
        verdicts,
        records,
        ...(semantic === undefined ? {} : { semantic }),
      });
      if (stops.length % progressEvery === 0) {
        const seconds = (performance.now() - started) / 1000;
        io.stderr.write(`verified ${stops.length} candidates (${Math.round(stops.length / seconds)}/s)\n`);
      }
    }
  } finally {
    await writer?.close();
    await executor.close();
  }
  const summary = summarizeFunnel(stops);
  io.stdout.write(json ? `${stringifyJson(summary, { indent: 2 })}\n` : formatFunnelTable(summary));
  if (out !== undefined && !json) {
    io.stdout.write(`verdicts: ${out}\n`);
  }
}
