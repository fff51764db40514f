import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isJsonFloat, isJsonObject, type JsonValue, parseJson, readJsonl, stringifyJson } from "@apigen/core";
import { locateSharedData } from "@apigen/core/test";
import { type OpenAiCompatibleServer, startOpenAiCompatibleServer } from "@apigen/llm/test";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runApigen } from "../../testing/run-apigen.js";
import { simplePythonEvalArguments } from "./__fixtures__/simple-python-eval-arguments.js";

const readLines = async (path: string) =>
  (await readFile(path, "utf8"))
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => parseJson(line) as Record<string, JsonValue>);

/** A JSON value written as a Python literal. */
function toPython(value: JsonValue): string {
  if (value === null) {
    return "None";
  }
  if (typeof value === "boolean") {
    return value ? "True" : "False";
  }
  if (Array.isArray(value)) {
    return `[${value.map(toPython).join(", ")}]`;
  }
  if (isJsonObject(value) && !isJsonFloat(value)) {
    return `{${Object.entries(value)
      .map(([key, item]) => `${stringifyJson(key)}: ${toPython(item as JsonValue)}`)
      .join(", ")}}`;
  }
  return stringifyJson(value);
}

/** The ground truth's first acceptable call, in Python syntax (options of "" mean "may be omitted"). */
function groundTruthCall(answer: JsonValue): string {
  const [call] = (answer as { ground_truth: Array<Record<string, Record<string, JsonValue[]>>> })
    .ground_truth;
  const [name, parameters] = Object.entries(call ?? {})[0] ?? ["", {}];
  const argumentsText = Object.entries(parameters)
    .flatMap(([parameter, options]) => {
      const option = options.find((candidate) => candidate !== "");
      return option === undefined ? [] : [`${parameter}=${toPython(option)}`];
    })
    .join(", ");
  return `[${name}(${argumentsText})]`;
}

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "apigen-eval-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const shared = locateSharedData("bfcl/data", "put the BFCL V4 data there (see apigen eval --help)");

describe.skipIf(!shared.available)(
  `apigen eval against a loopback server${shared.available ? "" : ` (skipped: ${shared.reason})`}`,
  () => {
    let server: OpenAiCompatibleServer | undefined;
    afterEach(async () => {
      await server?.close();
    });

    it("scores a scripted model on the first 20 simple_python entries, then resumes without asking again", async () => {
      const dataDirectory = shared.path;
      const idByQuery = new Map<string, number>();
      for await (const { line, value } of readJsonl(join(dataDirectory, "BFCL_v4_simple_python.json"))) {
        const turn = (value as { question: Array<Array<{ content: string }>> }).question[0] ?? [];
        idByQuery.set(turn.at(-1)?.content ?? "", line - 1);
      }
      const answers: JsonValue[] = [];
      for await (const { value } of readJsonl(
        join(dataDirectory, "possible_answer", "BFCL_v4_simple_python.json"),
      )) {
        answers.push(value);
      }
      // 0-13 and 19 answered right; 14-16 call a function that is not offered; 17 is prose; 18 is not JSON at all.
      server = await startOpenAiCompatibleServer({
        script: (request) => {
          const messages = (request.body as { messages: Array<{ content: string }> }).messages;
          const index = idByQuery.get(messages.at(-1)?.content ?? "") ?? -1;
          if (index === 18) {
            return { garbage: true };
          }
          if (index === 17) {
            return { text: "I would need to look that up." };
          }
          const call = groundTruthCall(answers[index] ?? null);
          return {
            text: index >= 14 && index <= 16 ? call.replace(/^\[[\w.]+\(/, "[no_such_function(") : call,
          };
        },
      });
      const resultsDirectory = join(root, "results");
      const argv = [
        ...simplePythonEvalArguments(server.url),
        "--data-dir",
        dataDirectory,
        "--results-dir",
        resultsDirectory,
        "--limit",
        "20",
        "--concurrency",
        "4",
        "--retries",
        "0",
      ];
      const first = await runApigen(...argv);
      expect(first.stderr).toContain("simple_python: 15/20 correct (75.00%)");
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/^simple_python\s+75\.00$/m);
      expect(first.stdout).toMatch(/^Non-Live AST\s+–$/m);
      expect(first.stdout).toMatch(/^Overall\s+–$/m);
      expect(server.requests.filter((request) => request.path.endsWith("/chat/completions"))).toHaveLength(
        20,
      );
      const body = server.requests[0]?.body as { temperature: number; messages: Array<{ content: string }> };
      expect(body.temperature).toBe(0);
      const folder = join(resultsDirectory, "test-model");
      const verdicts = new Map(
        (await readLines(join(folder, "BFCL_v4_simple_python_score.json"))).map((row) => [row.id, row]),
      );
      expect(verdicts.size).toBe(20);
      expect(verdicts.get("simple_python_0")).toEqual({
        id: "simple_python_0",
        valid: true,
        error_type: null,
      });
      expect(verdicts.get("simple_python_15")?.error_type).toBe("simple_function_checker:wrong_func_name");
      expect(verdicts.get("simple_python_17")?.error_type).toBe("ast_decoder:decoder_failed");
      expect(verdicts.get("simple_python_18")?.error_type).toBe("model_error");
      const results = await readLines(join(folder, "BFCL_v4_simple_python_result.json"));
      expect(Object.keys(results[0] ?? {})).toEqual([
        "id",
        "result",
        "input_token_count",
        "output_token_count",
        "latency",
      ]);

      // The second run asks again only the entry that failed with model_error (18, still failing).
      const again = await runApigen(...argv);
      expect(again.code).toBe(0);
      expect(again.stdout).toBe(first.stdout);
      expect(again.stderr).toContain("simple_python: 15/20 correct (75.00%); 1 retried after a model_error");
      expect(server.requests.filter((request) => request.path.endsWith("/chat/completions"))).toHaveLength(
        21,
      );
      const kept = await runApigen(...argv, "--no-retry-errors");
      expect(kept.stdout).toBe(first.stdout);
      expect(server.requests.filter((request) => request.path.endsWith("/chat/completions"))).toHaveLength(
        21,
      );

      const compared = await runApigen("eval", "compare", "--results-dir", resultsDirectory);
      expect(compared.stdout).toMatch(/^CATEGORY\s+test-model$/m);
      expect(compared.stdout).toMatch(/^simple_python\s+75\.00$/m);
    });
  },
);

describe("apigen eval compare", () => {
  it("puts several models side by side from their score files, missing values as –", async () => {
    const write = async (model: string, category: string, valid: boolean[]) => {
      await mkdir(join(root, model), { recursive: true });
      await writeFile(
        join(root, model, `BFCL_v4_${category}_score.json`),
        valid
          .map((ok, index) => `{"id": "${category}_${index}", "valid": ${ok}, "error_type": null}\n`)
          .join(""),
      );
    };
    await write("alpha", "simple_python", [true, true, false, true]);
    await write("alpha", "irrelevance", [true, false]);
    await write("beta", "simple_python", [true, false]);
    const { code, stdout } = await runApigen("eval", "compare", join(root, "alpha"), join(root, "beta"));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^CATEGORY\s+alpha\s+beta$/m);
    expect(stdout).toMatch(/^simple_python\s+75\.00\s+50\.00$/m);
    expect(stdout).toMatch(/^irrelevance\s+50\.00\s+–$/m);
    expect(stdout).toMatch(/^Irrelevance Detection\s+–\s+–$/m);
    const all = await runApigen("eval", "compare", "--results-dir", root);
    expect(all.stdout).toBe(stdout);
    const missing = await runApigen("eval", "compare", join(root, "gamma"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("gamma is not a folder of BFCL score files");
  });
});

describe("apigen eval contamination", () => {
  it("reports exact and near copies of BFCL questions, and writes them with --output", async () => {
    const dataDirectory = join(root, "bfcl");
    await mkdir(dataDirectory);
    const question = (id: string, content: string) =>
      `${stringifyJson({ id, question: [[{ role: "user", content }]], function: [] })}\n`;
    await writeFile(
      join(dataDirectory, "BFCL_v4_simple_python.json"),
      question(
        "simple_python_0",
        "Find the area of a triangle with a base of 10 units and height of 5 units.",
      ) + question("simple_python_1", "Calculate the factorial of 5 using math functions."),
    );
    const data = join(root, "data.jsonl");
    await writeFile(
      data,
      [
        { id: "row-1", query: "find the AREA of a triangle with a base of 10 units, and height of 5 units" },
        { id: "row-2", query: "Calculate the factorial of 5 using math functions please." },
        { id: "row-3", query: "Book a table for two in Rome tonight." },
        {
          query: "Find the area of a triangle with a base of 10 units and height of 5 units.",
          answers: "[]",
        },
      ]
        .map((row) => `${stringifyJson(row)}\n`)
        .join(""),
    );
    const output = join(root, "matches.jsonl");
    const { code, stdout } = await runApigen(
      "eval",
      "contamination",
      data,
      "--data-dir",
      dataDirectory,
      "--output",
      output,
    );
    expect(code).toBe(0);
    expect(stdout).toContain("row-1\tsimple_python_0\texact\t1.000\n");
    expect(stdout).toMatch(/^row-2\tsimple_python_1\tnear\t0\.\d{3}$/m);
    expect(stdout).toContain("line 4\tsimple_python_0\texact\t1.000\n");
    expect(stdout).toContain("3 contaminated rows (2 exact, 1 near) against 2 BFCL questions\n");
    expect((await readLines(output)).map((match) => match.rowId)).toEqual(["row-1", "row-2", "line 4"]);
  });
});

describe("apigen eval usage", () => {
  it("says what data is missing and where to get it", async () => {
    const { code, stderr } = await runApigen(
      "eval",
      "--model",
      "m",
      "--base-url",
      "http://127.0.0.1:9/v1",
      "--categories",
      "simple_python",
      "--data-dir",
      join(root, "nowhere"),
    );
    expect(code).toBe(1);
    expect(stderr).toContain(`missing ${join(root, "nowhere")}`);
    expect(stderr).toContain("gorilla-llm/Berkeley-Function-Calling-Leaderboard");
    expect(stderr).toContain("bfcl_eval/data");
    expect(stderr).toContain("apigen eval --download");
  });

  it("exits 2 on missing options and documents every option in --help", async () => {
    const missing = await runApigen("eval", "--categories", "simple_python");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing --model <id>, --base-url <url>");
    const nothing = await runApigen("eval", "--model", "m", "--base-url", "http://127.0.0.1:9/v1");
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain("missing --categories <list> (or --exec)");
    const help = await runApigen("eval", "--help");
    for (const flag of [
      "--model",
      "--base-url",
      "--api-key-env",
      "--categories",
      "--data-dir",
      "--results-dir",
    ]) {
      expect(help.stdout).toContain(flag);
    }
    for (const flag of [
      "--mode",
      '"fc"',
      "--exec",
      "--download",
      "--no-download",
      "--no-retry-errors",
      "--revision",
      "--hub-url",
      "--concurrency",
      "--limit",
      "--cache-dir",
      "compare",
      "contamination",
    ]) {
      expect(help.stdout).toContain(flag);
    }
  });
});
