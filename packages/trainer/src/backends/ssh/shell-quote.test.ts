import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { remoteLaunchScript } from "./remote-scripts.js";
import { shellJoin, shellQuote } from "./shell-quote.js";

const echoed = (words: string[]) =>
  execFileSync("sh", ["-c", `printf '%s\\n' ${shellJoin(words)}`], { encoding: "utf8" })
    .split("\n")
    .slice(0, -1);

describe("shell quoting", () => {
  it.each([
    ["plain", "plain"],
    ["a b", "'a b'"],
    ["it's", "'it'\\''s'"],
    ["", "''"],
    ["$HOME", "'$HOME'"],
  ])("quotes %j as %s", (word, quoted) => {
    expect(shellQuote(word)).toBe(quoted);
  });

  it("gets every word through sh unchanged", () => {
    const words = [
      "a b",
      "it's",
      '"double"',
      "$(rm -rf /)",
      "`x`",
      "back\\slash",
      "tab\there",
      "new\nline",
      "*",
      "; ls",
      "ünï",
    ];
    expect(echoed(words).join("\n")).toBe(words.join("\n"));
  });

  it("refuses NUL and names that are not variables", () => {
    expect(() => shellQuote("a\0b")).toThrow(TypeError);
    expect(() => remoteLaunchScript({ dir: "d", command: ["x"], secretEnv: ["BAD NAME"] })).toThrow(
      TypeError,
    );
  });

  it("puts no secret value in the launch script, only the name it reads from stdin", () => {
    const script = remoteLaunchScript({
      dir: "runs/it's",
      command: ["python3", "train.py"],
      secretEnv: ["HF_TOKEN"],
    });
    expect(script).toContain("IFS= read -r HF_TOKEN && export HF_TOKEN");
    expect(script).toContain("cd 'runs/it'\\''s'");
  });
});
