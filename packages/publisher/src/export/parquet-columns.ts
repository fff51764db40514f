import { type Example, stringifyJson } from "@apigen/core";
import type { SchemaElement } from "hyparquet-writer";

/** The Parquet columns of an export: the canonical row, then its provenance (JSON columns hold JSON text). */
export const parquetColumns = [
  { name: "id", required: true },
  { name: "query", required: true },
  { name: "tools", required: true },
  { name: "answers", required: true },
  { name: "style", required: true },
  { name: "category", required: false },
  { name: "response", required: false },
  { name: "thought", required: false },
  { name: "generator_model", required: false },
  { name: "judge_model", required: false },
  { name: "prompt_id", required: false },
  { name: "seed", required: false },
  { name: "executions", required: false },
  { name: "verdicts", required: false },
  { name: "created_at", required: false },
] as const;

/** A column name. */
export type ParquetColumnName = (typeof parquetColumns)[number]["name"];

/** The Parquet schema: UTF-8 strings, and `seed` as INT64. */
export const parquetSchema: SchemaElement[] = [
  { name: "schema", num_children: parquetColumns.length },
  ...parquetColumns.map(
    ({ name, required }): SchemaElement =>
      name === "seed"
        ? { name, type: "INT64", repetition_type: "OPTIONAL" }
        : {
            name,
            type: "BYTE_ARRAY",
            converted_type: "UTF8",
            repetition_type: required ? "REQUIRED" : "OPTIONAL",
          },
  ),
];

const json = (value: unknown) => (value === undefined ? null : stringifyJson(value));

/** One row's column values (`null` where the row has none); `seed` is a `bigint`, as INT64 needs. */
export function exampleToParquetRow(example: Example, index: number): Record<ParquetColumnName, unknown> {
  const provenance = example.provenance ?? {};
  return {
    id: example.id ?? String(index),
    query: example.query,
    tools: stringifyJson(example.tools),
    answers: stringifyJson(example.answers),
    style: example.style,
    category: example.category ?? null,
    response: example.response ?? null,
    thought: example.thought ?? null,
    generator_model: provenance.generatorModel ?? null,
    judge_model: provenance.judgeModel ?? null,
    prompt_id: provenance.promptId ?? null,
    seed: provenance.seed === undefined ? null : BigInt(provenance.seed),
    executions: json(provenance.executions),
    verdicts: json(provenance.verdicts),
    created_at: provenance.createdAt ?? null,
  };
}
