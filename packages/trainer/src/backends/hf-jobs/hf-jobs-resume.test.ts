import { spawn, spawnSync } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseJson, runFiles, writeJsonl } from "@apigen/core";
import { type HubStandIn, startHubStandIn } from "@apigen/core/test";
import { describe, expect, it } from "vitest";
import { exampleById } from "../../render/__fixtures__/examples.js";
import { trainJobSpecSchema } from "../../spec/train-job-spec-schema.js";
import { findTestPython } from "../../stage/__fixtures__/find-python.js";
import { stageTrainJob, trainerPythonDir } from "../../stage/stage-train-job.js";
import { checkpointDatasetEnv, hfJobsScript } from "./hf-jobs-script.js";
import { uploadJobFolder } from "./upload-job-folder.js";

const python = findTestPython();
const canImportHub = (command: string) =>
  spawnSync(command, ["-c", "import huggingface_hub"], { stdio: "ignore", timeout: 60_000 }).status === 0;
const missing =
  python.trainingMissing ??
  (python.command !== undefined && canImportHub(python.command)
    ? undefined
    : `${python.command} cannot import huggingface_hub (it comes with transformers)`);
if (missing !== undefined) {
  console.warn(`hf-jobs resume test skipped: ${missing}`);
}

const buildTinyModel = `
import sys
from tests.test_training import build_tiny_model
build_tiny_model(sys.argv[1], max_positions=4096)
`;

/** Runs the job's `bash -c` script in a fresh empty folder, as a new container would, with `python3` on PATH. */
async function runContainer(
  script: string,
  { scratch, env }: { scratch: string; env: Record<string, string> },
) {
  const dir = await mkdtemp(join(scratch, "container-"));
  const child = spawn("bash", ["-c", script], {
    cwd: dir,
    env: { ...env, HOME: dir, HF_HOME: join(dir, ".hf") },
  });
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { code, output };
}

/** Files of the data set's `checkpoints/`, by checkpoint folder. */
function remoteCheckpoints(hub: HubStandIn, dataset: string): Record<string, string[]> {
  const folders: Record<string, string[]> = {};
  for (const path of hub.repo(`datasets/${dataset}`)?.files.keys() ?? []) {
    const [top, folder = "", ...rest] = path.split("/");
    if (top === "checkpoints") {
      folders[folder] = [...(folders[folder] ?? []), rest.join("/")].sort();
    }
  }
  return folders;
}

describe("a Hugging Face job resubmitted on a fresh machine", () => {
  it.skipIf(missing !== undefined)(
    "resumes from the checkpoints it mirrored to its data set, and exits at once when completed",
    async () => {
      const scratch = await mkdtemp(join(tmpdir(), "apigen-hf-resume-"));
      const hub = await startHubStandIn();
      try {
        const executable = spawnSync(
          python.command ?? "python3",
          ["-c", "import sys; print(sys.executable)"],
          {
            encoding: "utf8",
          },
        ).stdout.trim();
        const bin = join(scratch, "bin");
        await mkdir(bin);
        await writeFile(join(bin, "python3"), `#!/bin/sh\nexec '${executable}' "$@"\n`);
        await chmod(join(bin, "python3"), 0o755);
        const model = join(scratch, "tiny-llama");
        const built = spawnSync(executable, ["-c", buildTinyModel, model], {
          cwd: trainerPythonDir,
          encoding: "utf8",
          env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" },
        });
        expect(built.status, built.stderr).toBe(0);

        const runDir = join(scratch, "run");
        await mkdir(runDir);
        const rows = ["simple", "parallel-multiple", "no-call", "missing-argument", "nested"].map(
          exampleById,
        );
        await writeJsonl(join(runDir, runFiles.accepted), rows);
        const spec = trainJobSpecSchema.parse({
          runId: "resume",
          baseModel: model,
          promptFormat: "xlam-v1",
          data: { sources: [{ path: runDir }], heldOut: 0, maxLength: 4096 },
          method: { kind: "lora", r: 4, alpha: 8, dropout: 0, targets: ["q_proj", "v_proj"] },
          optimizer: {
            learningRate: 1e-3,
            warmupSteps: 0,
            epochs: 2,
            perDeviceBatchSize: 2,
            gradientAccumulation: 1,
            precision: "fp32",
            gradientCheckpointing: false,
            logEverySteps: 1,
          },
          checkpoint: { everySteps: 1, keep: 2 },
          backend: { kind: "hf-jobs", namespace: hub.user },
        });
        const job = await stageTrainJob({ spec, dir: join(scratch, "job") });
        const dataset = `${hub.user}/apigen-train-resume`;
        await uploadJobFolder({ dir: job.dir, dataset, accessToken: hub.token, hubUrl: hub.url });

        const container = {
          scratch,
          env: {
            PATH: `${bin}:${process.env.PATH ?? "/usr/bin:/bin"}`,
            HF_ENDPOINT: hub.url,
            HF_TOKEN: hub.token,
            HF_HUB_DISABLE_XET: "1",
            HF_HUB_DISABLE_TELEMETRY: "1",
            [checkpointDatasetEnv]: dataset,
            CUDA_VISIBLE_DEVICES: "",
            OMP_NUM_THREADS: "1",
            PYTHONDONTWRITEBYTECODE: "1",
          },
        };
        const script = (...extra: string[]) =>
          hfJobsScript({ dataset, command: [...job.command, "--max-steps", "4", ...extra], packages: [] });
        const commits = () => hub.repo(`datasets/${dataset}`)?.commits ?? [];
        const state = ["model.pt", "optimizer.pt", "rng.pt", "scheduler.pt", "trainer_state.json"];

        const first = await runContainer(script("--stop-after", "2"), container);
        expect(first.code, first.output).toBe(0);
        expect(first.output).toContain("stopping after 2 steps");
        expect(remoteCheckpoints(hub, dataset)).toEqual({ "checkpoint-1": state, "checkpoint-2": state });
        const staged = [...(hub.repo(`datasets/${dataset}`)?.files.keys() ?? [])];
        expect(staged.filter((path) => !path.startsWith("checkpoints/")).sort()).toEqual(
          [".gitattributes", "apigen_train.py", "apigen_train_checkpoints.py", "apigen_train_core.py"]
            .concat(["apigen_train_loop.py", "data/eval.jsonl", "data/train.jsonl", "job.json", "train.py"])
            .sort(),
        );
        const savedState = hub
          .repo(`datasets/${dataset}`)
          ?.files.get("checkpoints/checkpoint-2/trainer_state.json");
        expect(parseJson(savedState?.text() ?? "")).toMatchObject({ global_step: 2 });

        const second = await runContainer(script(), container);
        expect(second.code, second.output).toBe(0);
        expect(second.output).toContain("resuming from checkpoint-2 (step 2");
        expect(second.output).toMatch(/step 4\/4 loss/);
        expect(remoteCheckpoints(hub, dataset)).toEqual({ "checkpoint-3": state, "checkpoint-4": state });
        const third = commits().find((commit) =>
          commit.added.some(({ path }) => path.startsWith("checkpoints/checkpoint-3/")),
        );
        expect(third?.deleted.map((path) => path.replace(/\/$/, ""))).toEqual(["checkpoints/checkpoint-1"]);
        const completed = hub.repo(`datasets/${dataset}`)?.files.get("completed.json");
        expect(parseJson(completed?.text() ?? "")).toMatchObject({ status: "succeeded", steps: 4 });
        const files = [...(hub.repo(`datasets/${dataset}`)?.files.keys() ?? [])];
        expect(files.filter((path) => /^(heartbeat\.jsonl|train\.log|output\/)|\.tmp/.test(path))).toEqual(
          [],
        );

        const before = commits().length;
        const again = await runContainer(script(), container);
        expect(again.code, again.output).toBe(0);
        expect(again.output).toContain("completed.json exists: the job has already completed");
        expect(commits()).toHaveLength(before);
        for (const { output } of [first, second, again]) {
          expect(output).not.toContain(hub.token);
          expect(output).not.toContain("could not mirror");
        }
      } finally {
        await hub.close();
        await rm(scratch, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
