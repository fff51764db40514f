import { describe, expect, it } from "vitest";
import { scoreCategories } from "../score/score-categories.js";
import { formatScoreTable } from "./format-score-table.js";

describe("formatScoreTable", () => {
  it("lists scored categories, then the summary columns, missing values as –", () => {
    const full = scoreCategories({
      simple_python: { correct: 3, total: 4 },
      simple_java: { correct: 1, total: 2 },
      simple_javascript: { correct: 1, total: 1 },
      multiple: { correct: 1, total: 1 },
      parallel: { correct: 0, total: 1 },
      parallel_multiple: { correct: 1, total: 2 },
    });
    const partial = scoreCategories({ simple_python: { correct: 1, total: 3 } });
    expect(
      formatScoreTable([
        { model: "a", scores: full },
        { model: "model-b", scores: partial },
      ]),
    ).toMatchInlineSnapshot(`
      "CATEGORY                    a  model-b
      simple_python           75.00    33.33
      simple_java             50.00        –
      simple_javascript      100.00        –
      multiple               100.00        –
      parallel                 0.00        –
      parallel_multiple       50.00        –

      Non-Live Simple AST     75.00        –
      Non-Live AST            56.25        –
      Live                        –        –
      Irrelevance Detection       –        –
      Relevance Detection         –        –
      Multi-Turn                  –        –
      Web Search                  –        –
      Memory                      –        –
      Agentic                     –        –
      Overall                     –        –
      "
    `);
  });
});
