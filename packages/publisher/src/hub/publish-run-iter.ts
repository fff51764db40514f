import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { readRunStats } from "@apigen/core";
import { commit, createRepo, listFiles } from "@huggingface/hub";
import { renderDatasetCard } from "../card/render-dataset-card.js";
import { exportRun } from "../export/export-run.js";
import { collectSamples } from "./collect-samples.js";
import { planHubChanges } from "./plan-hub-changes.js";
import type { PublishEvent, PublishReport, PublishRunOptions } from "./publish-run-options.js";
import { toPublishError } from "./to-publish-error.js";

/**
 * Publishes a run as a Hub data set, yielding progress: exports Parquet shards and the card, creates the repository
 * if needed, and uploads in one commit only what changed (unchanged files are compared by SHA-256 or git id, stale
 * shards are deleted). When nothing changed no commit is made. A failed commit can be run again: LFS objects
 * already uploaded are not sent twice.
 */
export async function* publishRunIter(
  options: PublishRunOptions,
): AsyncGenerator<PublishEvent, PublishReport> {
  const { runDir, repo, hubUrl = "https://huggingface.co", fetch, abortSignal, accessToken } = options;
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) {
    throw new TypeError(`repo must be "owner/name", got "${repo}"`);
  }
  const stats = await readRunStats(runDir);
  const workDir = options.outDir ?? (await mkdtemp(join(tmpdir(), "apigen-publish-")));
  try {
    const report = await exportRun({
      runDir,
      format: "parquet",
      out: workDir,
      seed: options.seed ?? stats.seed,
      ...(options.split ? { split: options.split } : {}),
      ...(options.holdOut ? { holdOut: options.holdOut } : {}),
      ...(options.shardRows ? { shardRows: options.shardRows } : {}),
    });
    yield { type: "export-end", report };
    const card = renderDatasetCard(stats, await collectSamples(runDir), {
      title: repo.split("/")[1] ?? repo,
      // A split this run left empty has no shard: declaring it would break the Hub's viewer.
      splits: Object.entries(report.rows)
        .filter(([, rows]) => rows > 0)
        .map(([name, rows]) => ({ name, rows })),
      ...(options.license ? { license: options.license } : {}),
      ...(report.heldOut && options.holdOut
        ? { heldOut: { kind: options.holdOut, names: report.heldOut } }
        : {}),
    });
    const cardPath = join(workDir, "README.md");
    await writeFile(cardPath, card);
    yield { type: "card-end", path: cardPath };
    const local = [cardPath, ...report.files].map((localPath) => ({
      localPath,
      path: relative(workDir, localPath).split(sep).join("/"),
    }));
    const url = `${hubUrl}/datasets/${repo}`;
    if (options.dryRun === true || accessToken === undefined) {
      const plan = { upload: local.map((file) => file.path), delete: [], unchanged: [] };
      yield { type: "upload-plan", plan };
      return { url, export: report, plan, dryRun: true };
    }
    const hub = { hubUrl, accessToken, ...(fetch ? { fetch } : {}) };
    const repoId = { type: "dataset" as const, name: repo };
    let step = "creating the repository";
    try {
      const created = await createRepo({ ...hub, repo: repoId, private: options.private ?? false }).then(
        () => true,
        (error: unknown) => {
          if ((error as { statusCode?: unknown }).statusCode === 409) {
            return false;
          }
          throw error;
        },
      );
      yield { type: "repo-create", created };
      step = "listing the repository's files";
      const remote = [];
      for await (const entry of listFiles({ ...hub, repo: repoId, recursive: true })) {
        remote.push(entry);
      }
      const { operations, ...plan } = await planHubChanges({ local, remote });
      yield { type: "upload-plan", plan };
      if (operations.length === 0) {
        return { url, export: report, plan, dryRun: false };
      }
      const total = Object.values(report.rows).reduce((sum, rows) => sum + rows, 0);
      const title = `Publish apigen run: ${total} rows (generator ${stats.usage.generator.model})`;
      yield { type: "commit-start", title };
      step = "committing the files";
      const output = await commit({
        ...hub,
        repo: repoId,
        title,
        operations,
        useXet: false,
        ...(abortSignal ? { abortSignal } : {}),
      });
      const oid = output?.commit.oid ?? "";
      yield { type: "commit-end", oid };
      return {
        url,
        export: report,
        plan,
        commit: { oid, url: output?.commit.url ?? url, title },
        dryRun: false,
      };
    } catch (error) {
      throw toPublishError(error, step, accessToken);
    }
  } finally {
    if (options.outDir === undefined) {
      await rm(workDir, { recursive: true, force: true });
    }
  }
}
