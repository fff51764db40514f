import { describe, expect, it } from "vitest";
import { jsonEqual } from "../../../json/json-equal.js";
import { JsonFloat } from "../../../json/json-float.js";
import type { StringifyJsonOptions } from "../../../json/stringify-json.js";
import type { Example } from "../../../schemas/example.js";
import { chatExamples, jsonText, missingArgumentExample, parallelExample } from "./examples.js";

/** The writer options every chat format has. */
export interface ChatWriteOptions {
  extensions?: boolean;
  jsonStyle?: StringifyJsonOptions["style"];
}

/** A chat format under test: its writer and its reader. */
export interface ChatFormatUnderTest {
  /** The format's name in the test titles, e.g. `"Hermes (sharegpt)"`. */
  name: string;
  write: (example: Example, options: ChatWriteOptions) => unknown;
  read: (row: unknown) => Example;
}

/**
 * The round-trip contract of the OpenAI, Hermes and ShareGPT converters, in both JSON styles: canonical →
 * format → canonical is the identity, format → canonical → format writes the same text, and `2.0` stays a
 * float. Written with `extensions: false`, a row reads back without the canonical-only fields: the tool
 * results become successes whose output is what the row holds, and a missing-argument row a no-call row.
 *
 * @example
 * describeChatRoundTrips({ name: "OpenAI", write: exampleToOpenAiChat, read: openAiChatToExample });
 */
export function describeChatRoundTrips({ name, write, read }: ChatFormatUnderTest): void {
  describe(`${name} round trips`, () => {
    for (const jsonStyle of ["compact", "python"] as const) {
      it.each(chatExamples)(
        `canonical → ${name} (${jsonStyle} JSON) → canonical is identity: %s`,
        (_, example) => {
          const back = read(write(example, { jsonStyle }));
          expect(back).toStrictEqual(example);
          expect(jsonEqual(back, example)).toBe(true);
        },
      );

      it.each(chatExamples)(
        `${name} (${jsonStyle} JSON) → canonical → ${name} is identity (same stringifyJson text): %s`,
        (_, example) => {
          const row = write(example, { jsonStyle });
          expect(jsonText(write(read(row), { jsonStyle }))).toBe(jsonText(row));
        },
      );

      it(`keeps the float argument 2.0 a float (${jsonStyle} JSON)`, () => {
        const back = read(write(parallelExample, { jsonStyle }));
        expect(JsonFloat.isInstance(back.answers[2]?.arguments.amount)).toBe(true);
      });
    }

    it("drops the canonical-only fields with extensions: false", () => {
      const row = write(parallelExample, { extensions: false });
      expect(row).not.toHaveProperty("apigen");
      const back = read(row);
      expect(back).not.toHaveProperty("id");
      expect(back).not.toHaveProperty("category");
      expect(back).not.toHaveProperty("thought");
      expect(back.tools.map((tool) => Object.keys(tool))).toEqual([
        ["name", "description", "parameters"],
        ["name", "description", "parameters"],
        ["name", "description", "parameters"],
      ]);
      expect(back.provenance).toStrictEqual({
        executions: [
          { call: 0, name: "get_weather", status: "ok", output: { temperature: 18.5, conditions: "cloudy" } },
          { call: 1, name: "get_weather", status: "ok", output: "the weather service did not answer in 5 s" },
          {
            call: 2,
            name: "convert_currency",
            status: "ok",
            output: { amount: new JsonFloat(310), currency: "JPY" },
          },
        ],
      });
      expect(read(write(missingArgumentExample, { extensions: false })).style).toBe("no_call");
    });
  });
}
