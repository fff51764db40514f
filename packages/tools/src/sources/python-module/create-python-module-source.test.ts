import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JsonFloat, stringifyJson } from "@apigen/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToolExecutor } from "../../executor/create-tool-executor.js";
import { createPythonModuleSource } from "./create-python-module-source.js";

// The system interpreter is readable by the unprivileged sandbox user; a user-installed one may not be.
const testPython = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

const moduleText = `
import os
import time
from typing import Dict, List, Literal, Optional


class ToolArgumentError(Exception):
    pass


def convert_temperature(value: float, unit: Literal["C", "F"] = "C") -> float:
    """Convert a temperature between Celsius and Fahrenheit.

    The other unit is chosen from \`unit\`.

    Args:
        value: The temperature to convert.
        unit (str): The unit of \`value\`;
            the answer is in the other unit.

    Returns:
        The converted temperature.
    """
    if unit == "C":
        return value * 9 / 5 + 32
    return (value - 32) * 5 / 9


def summarise(scores: Dict[str, float], names: List[str], limit: Optional[int] = None, exact: bool = False) -> dict:
    """Summarise scores.

    :param scores: Score per name.
    :param names: The names to include.
    :param limit: At most this many.
    """
    picked = [scores[name] for name in names if name in scores][:limit]
    return {"total": sum(picked), "count": len(picked), "exact": exact}


def scale(values: list[int], factors: dict[str, float], mode: str | None = None) -> list[float]:
    """Scale values.

    Args:
        values: The values.
        factors: Factor per name.
        mode: How to scale.
    """
    return [value * factors.get("all", 1.0) for value in values]


def double(n: int) -> int:
    """Double an integer."""
    return n * 2


def reject(n: int) -> int:
    """Reject every call."""
    raise ToolArgumentError("n must be even, got " + str(n))


def fail() -> None:
    """Fail."""
    raise ValueError("the service is down")


def exhaust() -> None:
    """Raise MemoryError."""
    raise MemoryError()


def sleep_forever() -> None:
    """Sleep."""
    time.sleep(3600)


def die() -> None:
    """Exit at once."""
    os._exit(7)


def pid() -> int:
    """The process id."""
    print("noise on stdout")
    return os.getpid()


def _private_helper() -> None:
    pass
`;

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "apigen-python-module-"));
  await chmod(directory, 0o755);
  await writeFile(join(directory, "weather_tools.py"), moduleText, { mode: 0o644 });
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe("createPythonModuleSource", { timeout: 30_000 }, () => {
  it("derives schemas from signatures and docstrings", async () => {
    const source = createPythonModuleSource({
      path: join(directory, "weather_tools.py"),
      python: testPython,
    });
    try {
      const tools = await source.listTools();
      expect(tools.map((tool) => tool.name)).toEqual([
        "convert_temperature",
        "summarise",
        "scale",
        "double",
        "reject",
        "fail",
        "exhaust",
        "sleep_forever",
        "die",
        "pid",
      ]);
      expect(tools[0]).toEqual({
        name: "convert_temperature",
        description: "Convert a temperature between Celsius and Fahrenheit.",
        parameters: {
          type: "object",
          properties: {
            value: { type: "number", description: "The temperature to convert." },
            unit: {
              type: "string",
              enum: ["C", "F"],
              default: "C",
              description: "The unit of `value`; the answer is in the other unit.",
            },
          },
          required: ["value"],
          additionalProperties: false,
        },
        returns: { type: "number" },
        source: { kind: "python-module", ref: join(directory, "weather_tools.py") },
      });
      expect(tools[1]?.parameters).toEqual({
        type: "object",
        properties: {
          scores: {
            type: "object",
            additionalProperties: { type: "number" },
            description: "Score per name.",
          },
          names: { type: "array", items: { type: "string" }, description: "The names to include." },
          limit: { type: ["integer", "null"], default: null, description: "At most this many." },
          exact: { type: "boolean", default: false },
        },
        required: ["scores", "names"],
        additionalProperties: false,
      });
      expect(tools[2]?.parameters).toEqual({
        type: "object",
        properties: {
          values: { type: "array", items: { type: "integer" }, description: "The values." },
          factors: {
            type: "object",
            additionalProperties: { type: "number" },
            description: "Factor per name.",
          },
          mode: { type: ["string", "null"], default: null, description: "How to scale." },
        },
        required: ["values", "factors"],
        additionalProperties: false,
      });
      expect(tools[2]?.returns).toEqual({ type: "array", items: { type: "number" } });
    } finally {
      await source.close();
    }
  });

  it.each(["warm", "per-call"] as const)(
    "runs and classifies calls through the executor (%s)",
    async (mode) => {
      const source = createPythonModuleSource({
        path: join(directory, "weather_tools.py"),
        python: testPython,
        mode,
      });
      const executor = createToolExecutor({ sources: [source], timeoutMs: 5_000 });
      try {
        const converted = await executor.execute({ name: "convert_temperature", arguments: { value: 100 } });
        expect(converted.status === "ok" && stringifyJson(converted.output)).toBe("212.0");
        expect(converted.status === "ok" && JsonFloat.isInstance(converted.output)).toBe(true);
        expect(await executor.execute({ name: "double", arguments: { n: 4 } })).toMatchObject({
          status: "ok",
          output: 8,
        });
        expect(
          await executor.execute({
            name: "summarise",
            arguments: { scores: { a: 1.5, b: 2 }, names: ["a", "b"] },
          }),
        ).toMatchObject({ status: "ok", output: { total: 3.5, count: 2, exact: false } });
        expect(
          await executor.execute({ name: "convert_temperature", arguments: { value: 1, unit: "K" } }),
        ).toMatchObject({ status: "invalid_arguments", message: '$.unit must be one of ["C","F"]' });
        expect(await executor.execute({ name: "reject", arguments: { n: 3 } })).toMatchObject({
          status: "invalid_arguments",
          message: "n must be even, got 3",
        });
        expect(await executor.execute({ name: "fail", arguments: {} })).toMatchObject({
          status: "tool_error",
          message: "ValueError: the service is down",
        });
        expect(await executor.execute({ name: "exhaust", arguments: {} })).toMatchObject({
          status: "memory_limit",
        });
        expect(
          await executor.execute({ name: "sleep_forever", arguments: {} }, { timeoutMs: 300 }),
        ).toMatchObject({
          status: "timeout",
        });
        expect(await executor.execute({ name: "die", arguments: {} })).toMatchObject({
          status: "crashed",
          message: expect.stringContaining("exit code 7"),
        });
        expect(await executor.execute({ name: "pid", arguments: {} })).toMatchObject({ status: "ok" });
      } finally {
        await executor.close();
      }
    },
  );

  it("keeps one interpreter between calls in warm mode", async () => {
    const source = createPythonModuleSource({
      path: join(directory, "weather_tools.py"),
      python: testPython,
    });
    try {
      const first = await source.call({ name: "pid", arguments: {} }, { timeoutMs: 5_000 });
      const second = await source.call({ name: "pid", arguments: {} }, { timeoutMs: 5_000 });
      expect(first.status === "ok" && first.output).toBe(second.status === "ok" && second.output);
    } finally {
      await source.close();
    }
  });

  it("refuses an interpreter that does not run", () => {
    expect(() =>
      createPythonModuleSource({ path: join(directory, "weather_tools.py"), python: "/nonexistent/python3" }),
    ).toThrow(/cannot run the Python interpreter/);
  });
});
