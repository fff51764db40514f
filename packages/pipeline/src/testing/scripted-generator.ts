import { createHash } from "node:crypto";
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { join } from "node:path";
import { isJsonObject, type JsonObject, type JsonValue, safeParseJson, stringifyJson } from "@apigen/core";
import type { LoggedRequest, ServerStep } from "@apigen/llm/test";
import type { PlannedPrompt } from "../run/prompt-journal.js";
import { pipelineFiles } from "../run/read-run-state.js";

const words = [
  "amber",
  "birch",
  "cobalt",
  "delta",
  "ember",
  "fjord",
  "garnet",
  "harbor",
  "indigo",
  "juniper",
  "kestrel",
  "lagoon",
  "meadow",
  "nectar",
  "orchid",
  "prairie",
  "quartz",
  "raven",
  "saffron",
  "tundra",
  "umber",
  "violet",
  "willow",
  "xenon",
  "yarrow",
  "zephyr",
  "atlas",
  "basalt",
  "canyon",
  "dune",
  "estuary",
  "falcon",
  "glacier",
  "heron",
  "island",
  "jasper",
  "kelp",
  "lichen",
  "mesa",
  "nimbus",
];

const phraseSpace = words.length ** 6;

/**
 * Six words unique to a prompt's pair: the pair's number, scrambled by an odd multiplier coprime with the
 * space so neighbouring numbers share no run of three words (and are never near duplicates), written in base 40.
 */
function phrase(prompt: number, pair: number): string {
  let code = ((prompt * 8 + pair) * 2_654_435_761) % phraseSpace;
  const picked: string[] = [];
  for (let i = 0; i < 6; i++) {
    picked.push(words[code % words.length] as string);
    code = Math.floor(code / words.length);
  }
  return picked.join(" ");
}

/** Valid arguments of the built-in tools the scripted runs use, varied by `k`. */
export function scriptedArguments(tool: string, k: number): JsonObject {
  switch (tool) {
    case "check_prime_number":
    case "factorize_integer":
      return { n: 97 + k };
    case "convert_roman_numeral":
      return { value: String(1000 + k) };
    default:
      return { text: `sample text ${k}` };
  }
}

/** The tools a scripted run offers: two categories, every tool with a required argument. */
export const scriptedToolNames = [
  "check_prime_number",
  "factorize_integer",
  "convert_roman_numeral",
  "compute_hash",
  "encode_base64",
] as const;

/** What the script keeps of a planned prompt. */
type PlanSummary = Pick<PlannedPrompt, "prompt" | "style" | "tools">;

const digest = (text: string) => createHash("sha1").update(text).digest("base64");

/**
 * Follows a run's `prompts.jsonl` as it grows, reading only what was appended since the last look, and indexes
 * the planned prompts by a digest of their last user message. A file that shrank (a torn tail was cut) is read
 * again from the start.
 */
function createPlanIndex(runDir: string): (user: string) => PlanSummary | undefined {
  const path = join(runDir, pipelineFiles.prompts);
  const plans = new Map<string, PlanSummary>();
  let offset = 0;
  let pending = "";
  const refresh = () => {
    let size = 0;
    try {
      size = statSync(path).size;
    } catch {
      return;
    }
    if (size < offset) {
      offset = 0;
      pending = "";
    }
    if (size === offset) {
      return;
    }
    const handle = openSync(path, "r");
    const buffer = Buffer.alloc(size - offset);
    readSync(handle, buffer, 0, buffer.length, offset);
    closeSync(handle);
    offset = size;
    const lines = (pending + buffer.toString("utf8")).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      const plan = safeParseJson({ text: line });
      if (!plan.success || !isJsonObject(plan.value) || plan.value.kind !== "planned") {
        continue;
      }
      const { prompt, style, tools, request } = plan.value as unknown as PlannedPrompt;
      const user = request.messages.filter((message) => message.role === "user").at(-1)?.content ?? "";
      plans.set(digest(user), { prompt, style, tools });
    }
  };
  return (user) => {
    const key = digest(user);
    if (!plans.has(key)) {
      refresh();
    }
    return plans.get(key);
  };
}

function lastUserText(body: JsonValue | string | undefined): string {
  if (!isJsonObject(body) || !Array.isArray(body.messages)) {
    return "";
  }
  const users = body.messages.filter((message) => isJsonObject(message) && message.role === "user");
  const last = users.at(-1);
  return isJsonObject(last) && typeof last.content === "string" ? last.content : "";
}

function systemText(body: JsonValue | string | undefined): string {
  if (!isJsonObject(body) || !Array.isArray(body.messages)) {
    return "";
  }
  const first = body.messages[0];
  return isJsonObject(first) && first.role === "system" && typeof first.content === "string"
    ? first.content
    : "";
}

/** The good pair of a prompt, of its style, over its offered tools. */
function goodPair(plan: PlanSummary, pair: number): JsonObject {
  const [first = "", second = first] = plan.tools;
  const query = `Please handle this ${plan.style} request ${phrase(plan.prompt, pair)}`;
  const call = (tool: string, k: number) => ({ name: tool, arguments: scriptedArguments(tool, k) });
  switch (plan.style) {
    case "simple":
    case "multiple":
      return { query, answers: [call(first, plan.prompt)] };
    case "parallel":
      return { query, answers: [call(first, plan.prompt), call(first, plan.prompt + 1)] };
    case "parallel_multiple":
      return { query, answers: [call(first, plan.prompt), call(second, plan.prompt)] };
    case "no_call":
      return { query, answers: [], response: "None of the tools I have can do that." };
    case "missing_argument":
      return { query, answers: [], response: "Which value should I use?" };
  }
}

/**
 * A server script that plays generator and judge for pipeline tests: it finds the planned prompt a request
 * belongs to in the run's `prompts.jsonl` and answers with pairs of that prompt's style over its tools: a good
 * pair, then a defect chosen by the prompt number (an unknown tool, a wrong argument type, a pair the judge
 * rejects, an exact duplicate, or a call that fails when executed). The judge says no to queries holding
 * `JUDGE-NO`. Every answer is a pure function of the request, as a cached model's would be. With
 * `defects: false` every prompt gets three good pairs (for benchmarks).
 */
export function scriptedGenerator(
  runDir: string,
  { defects = true }: { defects?: boolean } = {},
): (request: Pick<LoggedRequest, "body">) => ServerStep {
  const findPlan = createPlanIndex(runDir);
  return (request) => {
    const user = lastUserText(request.body);
    if (/review training data/i.test(systemText(request.body))) {
      const rejected = user.includes("JUDGE-NO");
      return {
        json: { thought: rejected ? "The values are wrong." : "Fine.", pass: rejected ? "no" : "yes" },
      };
    }
    const plan = findPlan(user);
    if (plan === undefined) {
      return { status: 400, message: "the scripted generator knows no such prompt" };
    }
    const good = goodPair(plan, 1);
    const defect = (): JsonObject | undefined => {
      const tool = plan.tools[0] ?? "";
      switch (plan.prompt % 5) {
        case 0:
          return { ...goodPair(plan, 2), answers: [{ name: "not_a_tool", arguments: {} }] };
        case 1:
          return { ...goodPair(plan, 2), query: `JUDGE-NO ${String(goodPair(plan, 2).query)}` };
        case 2:
          return good;
        case 3:
          return tool === "convert_roman_numeral"
            ? { ...goodPair(plan, 2), answers: [{ name: tool, arguments: { value: "IIII" } }] }
            : { ...goodPair(plan, 2), answers: [{ name: tool, arguments: { bogus: 1 } }] };
        default:
          return undefined;
      }
    };
    if (!defects) {
      return { text: stringifyJson({ pairs: [good, goodPair(plan, 2), goodPair(plan, 3)] }) };
    }
    const extra = defect();
    return { text: stringifyJson({ pairs: extra === undefined ? [good] : [good, extra] }) };
  };
}
