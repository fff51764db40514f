import { spawnSync } from "node:child_process";

/** A Python interpreter for the script's tests, and what it can import. */
export interface TestPython {
  /** Interpreter path, or undefined when none with torch was found. */
  command: string | undefined;
  /** Why tests that need torch are skipped, when they are. */
  torchMissing: string | undefined;
  /** Why the full training test is skipped, when it is. */
  trainingMissing: string | undefined;
}

const canImport = (command: string, modules: string): boolean =>
  spawnSync(command, ["-c", `import ${modules}`], { stdio: "ignore", timeout: 60_000 }).status === 0;

/**
 * Picks the interpreter: `APIGEN_PYTHON` if set, else the first of `python3` and `/usr/bin/python3` that can
 * import torch (Debian's python3-torch lives at /usr/bin/python3; a pyenv `python3` often lacks it).
 */
export function findTestPython(): TestPython {
  const candidates = process.env.APIGEN_PYTHON
    ? [process.env.APIGEN_PYTHON]
    : ["python3", "/usr/bin/python3"];
  const command = candidates.find((candidate) => canImport(candidate, "torch"));
  if (command === undefined) {
    const reason = `no Python with torch among ${candidates.join(", ")} (apt-get install python3-torch, or set APIGEN_PYTHON)`;
    // CI installs Debian's python3-torch (.ci/run): there a missing torch is a broken setup, not a reason to skip.
    if (process.env.CI !== undefined && process.env.CI !== "" && process.env.CI !== "false") {
      throw new Error(`The training script's torch tests cannot run under CI: ${reason}`);
    }
    return { command, torchMissing: reason, trainingMissing: reason };
  }
  const trainingMissing = canImport(command, "transformers, peft, accelerate, tokenizers")
    ? undefined
    : `${command} cannot import transformers, peft, accelerate and tokenizers (pip install transformers peft accelerate)`;
  return { command, torchMissing: undefined, trainingMissing };
}
