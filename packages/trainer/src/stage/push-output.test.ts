import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startHubStandIn } from "@apigen/core/test";
import { describe, expect, it } from "vitest";
import { findTestPython } from "./__fixtures__/find-python.js";
import { trainerPythonDir } from "./stage-train-job.js";

const python = findTestPython();
const hubMissing =
  python.command === undefined
    ? python.torchMissing
    : spawnSync(python.command, ["-c", "import huggingface_hub"], { stdio: "ignore" }).status === 0
      ? undefined
      : `${python.command} cannot import huggingface_hub (it comes with transformers)`;
if (hubMissing !== undefined) {
  console.warn(`push test skipped: ${hubMissing}`);
}

const pushScript = `
import sys
from apigen_train_core import push_output
config = {"runId": "r1", "push": {"repo": sys.argv[1], "private": True}, "secrets": {"hfTokenEnv": "PUSH_TOKEN"}}
print(push_output(config, sys.argv[2]))
`;

describe("the training script's push", () => {
  it.skipIf(hubMissing !== undefined)(
    "uploads output/ to a private Hub model repository through the real huggingface_hub client",
    async () => {
      const hub = await startHubStandIn();
      const dir = await mkdtemp(join(tmpdir(), "apigen-push-"));
      try {
        await writeFile(join(dir, "config.json"), '{"model_type": "llama"}');
        await writeFile(join(dir, "model.safetensors"), Buffer.alloc(150_000, 7));
        const repo = `${hub.user}/xlam-test`;
        const child = spawn(python.command ?? "python3", ["-c", pushScript, repo, dir], {
          cwd: trainerPythonDir,
          env: {
            ...process.env,
            HF_ENDPOINT: hub.url,
            PUSH_TOKEN: hub.token,
            HF_HUB_DISABLE_XET: "1",
            HF_HUB_DISABLE_TELEMETRY: "1",
            PYTHONDONTWRITEBYTECODE: "1",
          },
        });
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => {
          output += chunk.toString();
        });
        child.stderr.on("data", (chunk: Buffer) => {
          output += chunk.toString();
        });
        const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
        expect(code, output).toBe(0);
        const files = hub.repo(repo)?.files;
        expect([...(files?.keys() ?? [])]).toEqual(
          expect.arrayContaining(["config.json", "model.safetensors"]),
        );
        expect(output).not.toContain(hub.token);
      } finally {
        await hub.close();
        await rm(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
