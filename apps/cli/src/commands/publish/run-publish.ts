import { join } from "node:path";
import { loadHubToken, type PublishEvent, type PublishReport, publishRunIter } from "@apigen/publisher";
import type { RunIo } from "../../run-io.js";
import { formatExportReport } from "../export/format-export-report.js";
import type { SplitCommandOptions } from "../export/split-options.js";

/** What `apigen publish` was given. */
export interface RunPublishOptions extends SplitCommandOptions {
  runDir: string;
  repo: string;
  io: RunIo;
  private?: boolean;
  license?: string;
  hubUrl?: string;
  /** Write the files to `out` and print what would be uploaded, without a token or any request. */
  dryRun?: boolean;
  /** Where a dry run writes. @default `<runDir>/publish` */
  out?: string;
  /** Where `HF_TOKEN` is read. @default process.env */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Publishes a run to the Hub (or does a dry run), printing each step. The token never reaches the output. */
export async function runPublish({
  runDir,
  repo,
  io,
  dryRun = false,
  out,
  env = process.env,
  hubUrl,
  license,
  ...rest
}: RunPublishOptions): Promise<PublishReport> {
  const common = {
    runDir,
    repo,
    ...(hubUrl ? { hubUrl } : {}),
    ...(license ? { license } : {}),
    ...(rest.private ? { private: true } : {}),
    ...(rest.split ? { split: rest.split } : {}),
    ...(rest.holdOut ? { holdOut: rest.holdOut } : {}),
    ...(rest.seed === undefined ? {} : { seed: rest.seed }),
    ...(rest.shardRows === undefined ? {} : { shardRows: rest.shardRows }),
  };
  const iterator = dryRun
    ? publishRunIter({ ...common, dryRun: true, outDir: out ?? join(runDir, "publish") })
    : publishRunIter({ ...common, accessToken: await loadHubToken({ env }) });
  for (;;) {
    const step = await iterator.next();
    if (step.done === true) {
      const report = step.value;
      io.stdout.write(
        report.dryRun
          ? `Dry run: nothing was sent. ${report.url} would get these files from ${out ?? join(runDir, "publish")}\n`
          : report.commit === undefined
            ? `Nothing changed: ${report.url} already has this run.\n`
            : `Published ${report.url} (commit ${report.commit.oid.slice(0, 12)})\n`,
      );
      return report;
    }
    io.stdout.write(describeEvent(step.value));
  }
}

function describeEvent(event: PublishEvent): string {
  switch (event.type) {
    case "export-end":
      return formatExportReport(event.report);
    case "card-end":
      return "Wrote the data set card (README.md)\n";
    case "repo-create":
      return event.created ? "Created the data set repository\n" : "The data set repository exists\n";
    case "upload-plan": {
      const { upload, unchanged } = event.plan;
      const lines = [
        `Upload ${upload.length} files, delete ${event.plan.delete.length}, unchanged ${unchanged.length}`,
        ...upload.map((path) => `  + ${path}`),
        ...event.plan.delete.map((path) => `  - ${path}`),
        ...unchanged.map((path) => `  = ${path}`),
      ];
      return `${lines.join("\n")}\n`;
    }
    case "commit-start":
      return `Committing: ${event.title}\n`;
    case "commit-end":
      return "";
  }
}
