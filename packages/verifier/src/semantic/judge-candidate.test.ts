import type { ExecutionRecord, Tool } from "@apigen/core";
import { createOpenAiCompatibleModel } from "@apigen/llm";
import { createFakeLanguageModel, startOpenAiCompatibleServer } from "@apigen/llm/test";
import { createBuiltinSource, createToolExecutor, findBuiltinTool } from "@apigen/tools";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Candidate } from "../candidate.js";
import { checkExecution } from "../execution/check-execution.js";
import { judgeCandidate } from "./judge-candidate.js";
import { judgementJsonSchema } from "./judgement-schema.js";

const zodiac = findBuiltinTool("get_zodiac_sign")?.tool as Tool;
const decoy: Tool = {
  name: "get_moon_phase",
  description: "Phase of the moon on a date.",
  parameters: { type: "object", properties: { date: { type: "string" } }, required: ["date"] },
};
const tools = [zodiac, decoy];
const candidate: Candidate = {
  query: "Which star sign has someone born on July 30, 1990?",
  answers: [{ name: "get_zodiac_sign", arguments: { birth_date: "1990-07-30" } }],
};
const executor = createToolExecutor({ sources: [createBuiltinSource({ isolation: "in-process" })] });
let records: ExecutionRecord[] = [];
beforeAll(async () => {
  ({ records } = await checkExecution({ candidate, executor, maxResultChars: 60 }));
});
afterAll(() => executor.close());

const yes = { thought: "The call answers the question.", pass: "yes" };
const no = { thought: "Wrong date.", pass: "no" };

describe("judgeCandidate", () => {
  it("shows the judge the tools, query, calls, results and findings, and asks for the schema", async () => {
    const model = createFakeLanguageModel({ responses: [{ json: yes }] });
    const result = await judgeCandidate({ candidate, tools, records, model, temperature: 0 });
    expect(result.verdict).toMatchObject({ stage: "semantic", pass: true, reason: "ok" });
    expect(result.judgements).toEqual([
      { thought: yes.thought, pass: true, judge: "fake:fake-model", attempts: 1 },
    ]);
    const request = model.requests[0];
    expect(request?.responseFormat).toEqual({ name: "judgement", schema: judgementJsonSchema });
    expect(request?.temperature).toBe(0);
    expect(request?.seed).toBeUndefined();
    const prompt = request?.messages.map((message) => message.content).join("\n") ?? "";
    expect(prompt).toContain("get_zodiac_sign: Find the Western (tropical) zodiac sign");
    expect(prompt).toContain('"birth_date"');
    expect(prompt).toContain("get_moon_phase: Phase of the moon on a date.");
    expect(prompt).toContain(candidate.query);
    expect(prompt).toContain('1. get_zodiac_sign({"birth_date":"1990-07-30"})');
    expect(prompt).toContain("result: ok [truncated]");
    expect(prompt).toContain("Leo");
    expect(prompt).toContain("## Grounding findings\nEvery literal argument value was found in the query.");
  });

  it("lists ungrounded values for the judge, or fails on them alone with grounding: fail", async () => {
    const wrong: Candidate = {
      ...candidate,
      answers: [{ name: "get_zodiac_sign", arguments: { birth_date: "1991-07-30" } }],
    };
    const model = createFakeLanguageModel({ responses: [{ json: no }] });
    const informed = await judgeCandidate({ candidate: wrong, tools, records, model });
    expect(informed.verdict).toMatchObject({ pass: false, reason: "judge_rejected" });
    expect(model.requests[0]?.messages[1]?.content).toContain(
      '- $.answers[0].arguments.birth_date (get_zodiac_sign) = "1991-07-30": not found in the query',
    );
    const failed = await judgeCandidate({ candidate: wrong, tools, records, model, grounding: "fail" });
    expect(failed.verdict).toEqual({
      stage: "semantic",
      pass: false,
      reason: "ungrounded_value",
      detail: "not found in the query: $.answers[0].arguments.birth_date = 1991-07-30",
      path: "$.answers[0].arguments.birth_date",
    });
    expect(model.requests).toHaveLength(1);
    const off = await judgeCandidate({
      candidate: wrong,
      tools,
      records,
      model: createFakeLanguageModel({ responses: [{ json: yes }] }),
      grounding: "off",
    });
    expect(off.grounding).toBeUndefined();
    expect(off.verdict.pass).toBe(true);
  });

  it("retries an unparseable answer, then records judge_error and never passes", async () => {
    const model = createFakeLanguageModel({
      responses: ["I think yes", '{"thought": "ok"}', "```json\n" + '{"thought":"x","pass":"YES"}\n```'],
    });
    const result = await judgeCandidate({ candidate, tools, records, model, seed: 7 });
    expect(result.verdict).toMatchObject({ pass: false, reason: "judge_error" });
    expect(result.verdict.detail).toContain("pass: ");
    expect(result.failures).toEqual([
      expect.objectContaining({ judge: "fake:fake-model", attempts: 2, seed: 8 }),
    ]);
    expect(model.requests.map((request) => request.seed)).toEqual([7, 8]);
    const third = await judgeCandidate({ candidate, tools, records, model, maxAttempts: 1 });
    expect(third.verdict).toMatchObject({ pass: true, reason: "ok" });
  });

  it("shows failed and missing executions as the judge should see them", async () => {
    const model = createFakeLanguageModel({ responses: [{ json: no }] });
    const two: Candidate = { ...candidate, answers: [...candidate.answers, ...candidate.answers] };
    const failed: ExecutionRecord[] = [
      { call: 0, name: "get_zodiac_sign", status: "tool_error", message: "boom" },
    ];
    await judgeCandidate({ candidate: two, tools, records: failed, model });
    const prompt = model.requests[0]?.messages[1]?.content ?? "";
    expect(prompt).toContain("1. get_zodiac_sign");
    expect(prompt).toContain("result: tool_error: boom");
    expect(prompt).toContain("result: not executed");
  });

  it("accepts pass as a boolean", async () => {
    const model = createFakeLanguageModel({
      responses: [{ json: { thought: "fine", pass: true } }, { json: { thought: "bad", pass: false } }],
    });
    expect((await judgeCandidate({ candidate, tools, records, model })).verdict.pass).toBe(true);
    expect((await judgeCandidate({ candidate, tools, records, model })).verdict.reason).toBe(
      "judge_rejected",
    );
  });

  it("combines a committee by majority or unanimity, with distinct seeds; a tie fails", async () => {
    const script = (answers: ReadonlyArray<typeof yes | string>) =>
      createFakeLanguageModel({
        respond: (_request, index) => {
          const answer = answers[index % answers.length] as typeof yes | string;
          return typeof answer === "string" ? answer : { json: answer };
        },
      });
    const twoOfThree = script([yes, no, yes]);
    const majority = await judgeCandidate({ candidate, tools, records, model: twoOfThree, samples: 3 });
    expect(majority.verdict).toMatchObject({ pass: true, detail: "2 yes, 1 no, 0 unusable of 3 (majority)" });
    expect(twoOfThree.requests.map((request) => request.seed)).toEqual([0, 1, 2]);
    const unanimous = await judgeCandidate({
      candidate,
      tools,
      records,
      model: script([yes, no, yes]),
      samples: 3,
      vote: "unanimous",
    });
    expect(unanimous.verdict).toMatchObject({ pass: false, reason: "judge_rejected" });
    const first = createFakeLanguageModel({ modelId: "a", responses: [{ json: yes }] });
    const second = createFakeLanguageModel({ modelId: "b", responses: [{ json: no }] });
    const tie = await judgeCandidate({ candidate, tools, records, model: [first, second], seed: 10 });
    expect(tie.verdict).toMatchObject({ pass: false, reason: "judge_rejected" });
    expect([first.requests[0]?.seed, second.requests[0]?.seed]).toEqual([10, 11]);
    const withError = await judgeCandidate({
      candidate,
      tools,
      records,
      model: [script([yes]), script(["no json"])],
    });
    expect(withError.verdict).toMatchObject({ pass: false, reason: "judge_error" });
  });

  it("rejects bad settings before calling the model", async () => {
    const model = createFakeLanguageModel({ responses: [] });
    await expect(judgeCandidate({ candidate, tools, records, model: [] })).rejects.toThrow(TypeError);
    await expect(judgeCandidate({ candidate, tools, records, model, samples: 0 })).rejects.toThrow(/samples/);
    await expect(judgeCandidate({ candidate, tools, records, model, maxAttempts: 0 })).rejects.toThrow(
      /maxAttempts/,
    );
  });

  it("asks a real OpenAI-compatible server with response_format carrying the schema", async () => {
    const server = await startOpenAiCompatibleServer({ script: [{ text: "not json" }, { json: no }] });
    try {
      const model = createOpenAiCompatibleModel({ baseURL: server.url, model: "test-model", apiKey: "test" });
      const result = await judgeCandidate({ candidate, tools, records, model, temperature: 0, seed: 3 });
      expect(result.verdict).toMatchObject({ pass: false, reason: "judge_rejected" });
      expect(result.judgements).toEqual([
        { thought: "Wrong date.", pass: false, judge: `${model.provider}:test-model`, seed: 4, attempts: 2 },
      ]);
      const chats = server.requests.filter((request) => request.path === "/v1/chat/completions");
      expect(chats).toHaveLength(2);
      expect(chats[0]?.body).toMatchObject({
        temperature: 0,
        seed: 3,
        response_format: {
          type: "json_schema",
          json_schema: { name: "judgement", schema: judgementJsonSchema },
        },
      });
    } finally {
      await server.close();
    }
  });
});
