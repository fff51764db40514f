import { run } from "../run.js";

/** What one in-process `apigen` run did: its exit code and everything it wrote. */
export interface ApigenRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs `apigen` in this process, as the binary would, capturing what it writes. For tests.
 *
 * @example
 * const { code, stdout } = await runApigen("tools", "list");
 */
export async function runApigen(...argv: string[]): Promise<ApigenRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}
