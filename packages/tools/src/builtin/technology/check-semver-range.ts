import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { compareSemver, parseSemver, type SemVer, versionParameter } from "./semver.js";

type Comparator = { op: "<" | "<=" | ">" | ">=" | "="; version: SemVer };

const partial = /^v?(\d+|[xX*])(?:\.(\d+|[xX*]))?(?:\.(\d+|[xX*]))?(?:-([0-9A-Za-z.-]+))?$/;
const v = (major: number, minor: number, patch: number, prerelease: (string | number)[] = []): SemVer => ({
  major,
  minor,
  patch,
  prerelease,
  build: [],
});

function parsePartial(text: string, range: string): { parts: (number | null)[]; pre: (string | number)[] } {
  const match = partial.exec(text);
  if (match === null) {
    throw new ToolArgumentError({
      message: `cannot parse '${text}' in range '${range}'; use forms like ^1.2.3, ~1.2, >=1.0.0 <2.0.0, 1.x or 1.2.3 - 2.0.0`,
      argument: "range",
    });
  }
  const num = (part: string | undefined) => (part === undefined || /[xX*]/.test(part) ? null : Number(part));
  const parts = [num(match[1]), num(match[2]), num(match[3])];
  // Once a part is a wildcard, every later part is too.
  for (let index = 1; index < 3; index++) {
    if (parts[index - 1] === null) {
      parts[index] = null;
    }
  }
  const pre = match[4]?.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)) ?? [];
  return { parts, pre };
}

function desugar(token: string, range: string): Comparator[] {
  const operator = /^(\^|~|>=|<=|>|<|=)?(.*)$/.exec(token);
  const op = operator?.[1] ?? "";
  const { parts, pre } = parsePartial(operator?.[2] ?? "", range);
  const [M, m, p] = parts;
  if (M === null || M === undefined) {
    return op === "<" || op === ">" ? [{ op: "<", version: v(0, 0, 0, [0]) }] : [];
  }
  const low = v(M, m ?? 0, p ?? 0, pre);
  const nextMinor = m === null || m === undefined ? v(M + 1, 0, 0, [0]) : v(M, m + 1, 0, [0]);
  const upper = p === null || p === undefined ? nextMinor : null;
  switch (op) {
    case "^": {
      const cap =
        M > 0 || m === null || m === undefined
          ? v(M + 1, 0, 0, [0])
          : m > 0 || p === null || p === undefined
            ? v(0, m + 1, 0, [0])
            : v(0, 0, (p ?? 0) + 1, [0]);
      return [
        { op: ">=", version: low },
        { op: "<", version: cap },
      ];
    }
    case "~":
      return [
        { op: ">=", version: low },
        { op: "<", version: nextMinor },
      ];
    case ">":
      return [{ op: upper === null ? ">" : ">=", version: upper ?? low }];
    case "<=":
      return [{ op: upper === null ? "<=" : "<", version: upper ?? low }];
    case ">=":
    case "<":
      return [{ op, version: low }];
    default:
      return upper === null
        ? [{ op: "=", version: low }]
        : [
            { op: ">=", version: low },
            { op: "<", version: upper },
          ];
  }
}

function test(version: SemVer, { op, version: bound }: Comparator): boolean {
  const order = compareSemver(version, bound);
  return op === "="
    ? order === 0
    : op === ">"
      ? order > 0
      : op === ">="
        ? order >= 0
        : op === "<"
          ? order < 0
          : order <= 0;
}

/** Whether a version satisfies an npm-style range. */
export const checkSemverRange = defineTool<{ version: string; range: string }>({
  name: "check_semver_range",
  description:
    "Check whether a version satisfies an npm-style semver range: caret (^1.2.3), tilde (~1.2), comparators (>=1.0.0 <2.0.0), x-ranges (1.x, *), hyphen ranges (1.2.3 - 2.0.0) and alternatives joined by ||. Pre-releases only match comparators on the same major.minor.patch that include a pre-release, as in npm. Returns whether it matches and the matching alternative.",
  category: "Technology",
  parameters: {
    type: "object",
    properties: {
      version: versionParameter("Version to test, e.g. 1.8.0."),
      range: {
        type: "string",
        minLength: 1,
        maxLength: 200,
        description: 'Range expression, e.g. "^1.2.0 || >=3.0.0 <3.5.0".',
      },
    },
    required: ["version", "range"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      satisfies: { type: "boolean" },
      matched_alternative: {
        type: ["string", "null"],
        description: "The ||-separated alternative that matched, or null.",
      },
    },
    required: ["satisfies", "matched_alternative"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { version: "1.8.0", range: "^1.2.0" },
      result: { satisfies: true, matched_alternative: "^1.2.0" },
    },
    {
      arguments: { version: "0.3.1", range: "^0.2.5 || ~0.4" },
      result: { satisfies: false, matched_alternative: null },
    },
    {
      arguments: { version: "3.2.0", range: "1.x || >=3.0.0 <3.5.0" },
      result: { satisfies: true, matched_alternative: ">=3.0.0 <3.5.0" },
    },
    {
      arguments: { version: "2.0.0-beta.2", range: ">=2.0.0-beta.1 <3" },
      result: { satisfies: true, matched_alternative: ">=2.0.0-beta.1 <3" },
    },
    {
      arguments: { version: "2.1.0-beta.2", range: "^2.0.0" },
      result: { satisfies: false, matched_alternative: null },
    },
    {
      arguments: { version: "1.5.0", range: "1.2.3 - 1.5" },
      result: { satisfies: true, matched_alternative: "1.2.3 - 1.5" },
    },
  ],
  invalidExamples: [
    { arguments: { version: "1.2.3", range: "~>1.2" }, error: "cannot parse '>1.2' in range '~>1.2'" },
    {
      arguments: { version: "1.2", range: "^1.0.0" },
      error: "$.version must NOT have fewer than 5 characters",
    },
    { arguments: { version: "1.2.x", range: "^1.0.0" }, error: "'1.2.x' is not a valid semantic version" },
  ],
  run: ({ version, range }) => {
    const target = parseSemver(version, "version");
    for (const alternative of range.split("||").map((part) => part.trim())) {
      const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(alternative);
      const tokens =
        hyphen !== null
          ? [`>=${hyphen[1]}`, `<=${hyphen[2]}`]
          : alternative
              .replace(/(>=|<=|[<>=^~])\s+/g, "$1")
              .split(/\s+/)
              .filter((token) => token !== "");
      const comparators = tokens.flatMap((token) => desugar(token, range));
      const inRange = comparators.every((comparator) => test(target, comparator));
      const preAllowed =
        target.prerelease.length === 0 ||
        comparators.some(
          ({ version: bound }) =>
            bound.prerelease.length > 0 &&
            bound.prerelease[0] !== 0 &&
            bound.major === target.major &&
            bound.minor === target.minor &&
            bound.patch === target.patch,
        );
      if (inRange && preAllowed) {
        return { satisfies: true, matched_alternative: alternative === "" ? "*" : alternative };
      }
    }
    return { satisfies: false, matched_alternative: null };
  },
});
