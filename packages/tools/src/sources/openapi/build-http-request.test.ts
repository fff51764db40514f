import { JsonFloat, type JsonObject } from "@apigen/core";
import { describe, expect, it } from "vitest";
import { buildHttpRequest } from "./build-http-request.js";
import type { OperationPlan, PlannedParameter } from "./operation-to-tool.js";
import { snakeCaseName } from "./snake-case-name.js";

function parameter(
  overrides: Partial<PlannedParameter> & Pick<PlannedParameter, "name" | "in">,
): PlannedParameter {
  const style = overrides.style ?? (overrides.in === "query" ? "form" : "simple");
  return { argument: overrides.name, style, explode: style === "form", json: false, ...overrides };
}

function build(plan: Partial<OperationPlan>, args: JsonObject) {
  const result = buildHttpRequest({
    plan: { method: "GET", path: "/items", parameters: [], body: undefined, ...plan },
    arguments: args,
    baseUrl: "http://127.0.0.1:9/api/",
    headers: { "X-Api-Key": "k" },
  });
  if (!result.success) {
    throw new Error(result.error);
  }
  return result.value;
}

describe("buildHttpRequest", () => {
  it("serialises query parameters by style and explode", () => {
    const request = build(
      {
        parameters: [
          parameter({ name: "ids", in: "query", explode: false }),
          parameter({ name: "tags", in: "query", style: "pipeDelimited", explode: false }),
          parameter({ name: "filter", in: "query", style: "deepObject", explode: true }),
          parameter({ name: "point", in: "query" }),
          parameter({ name: "ratio", in: "query" }),
          parameter({ name: "skipped", in: "query" }),
        ],
      },
      {
        ids: [1, 2],
        tags: ["a b", "c"],
        filter: { year: 1965, lang: "en" },
        point: { x: 1, y: 2 },
        ratio: new JsonFloat(2),
      },
    );
    expect(`${request.url}`).toBe(
      "http://127.0.0.1:9/api/items?ids=1%2C2&tags=a+b%7Cc&filter%5Byear%5D=1965&filter%5Blang%5D=en&x=1&y=2&ratio=2.0",
    );
    expect(request.headers["x-api-key"]).toBe("k");
  });

  it("templates path parameters in simple, label and matrix style", () => {
    const request = build(
      {
        path: "/a/{id}/b{tag}/c{range}",
        parameters: [
          parameter({ name: "id", in: "path" }),
          parameter({ name: "tag", in: "path", style: "label" }),
          parameter({ name: "range", in: "path", style: "matrix", explode: true }),
        ],
      },
      { id: "x/y", tag: "t", range: [1, 2] },
    );
    expect(request.url.pathname).toBe("/api/a/x%2Fy/b.t/c;range=1;range=2");
  });

  it("fails as a value when a path parameter is missing, and sends headers, cookies and form bodies", () => {
    const plan: Partial<OperationPlan> = {
      path: "/items/{id}",
      parameters: [parameter({ name: "id", in: "path" })],
    };
    expect(
      buildHttpRequest({
        plan: { method: "GET", path: "/items/{id}", parameters: plan.parameters ?? [], body: undefined },
        arguments: {},
        baseUrl: "http://127.0.0.1:9",
        headers: {},
      }),
    ).toEqual({ success: false, error: "missing required argument 'id'" });
    const request = build(
      {
        method: "POST",
        parameters: [
          parameter({ name: "X-Trace", in: "header" }),
          parameter({ name: "session", in: "cookie" }),
        ],
        body: {
          kind: "flattened",
          arguments: ["name", "tags"],
          mediaType: "application/x-www-form-urlencoded",
        },
      },
      { "X-Trace": ["a", "b"], session: "s 1", name: "Ann", tags: ["x", "y"] },
    );
    expect(request.headers).toMatchObject({ "x-trace": "a,b", cookie: "session=s%201" });
    expect(request.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request.body).toBe("name=Ann&tags=x&tags=y");
  });
});

describe("snakeCaseName", () => {
  it("turns operation ids and method paths into snake_case tool names", () => {
    expect(snakeCaseName("getBookById")).toBe("get_book_by_id");
    expect(snakeCaseName("searchBooksByISBN")).toBe("search_books_by_isbn");
    expect(snakeCaseName("list-pets")).toBe("list_pets");
    expect(snakeCaseName("get /books/{bookId}/reviews")).toBe("get_books_book_id_reviews");
    expect(snakeCaseName("3dPrint")).toBe("op_3d_print");
    expect(snakeCaseName("---")).toBe("operation");
  });
});
