import { defineTool } from "../define-tool.js";
import { compareSemver, parseSemver, versionParameter } from "./semver.js";

/** Orders two semantic versions. */
export const compareSemanticVersions = defineTool<{ version_a: string; version_b: string }>({
  name: "compare_semantic_versions",
  description:
    "Compare two semantic versions by SemVer 2.0.0 precedence (pre-releases rank below their release, build metadata is ignored). Returns -1, 0 or 1, which version is newer, and the most significant part that differs.",
  category: "Technology",
  parameters: {
    type: "object",
    properties: {
      version_a: versionParameter("First version, e.g. 1.10.0."),
      version_b: versionParameter("Second version, e.g. 1.9.3."),
    },
    required: ["version_a", "version_b"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      result: {
        type: "integer",
        enum: [-1, 0, 1],
        description: "-1 when version_a < version_b, 0 when equal, 1 when greater.",
      },
      newer: { type: ["string", "null"], description: "The newer version as given, or null when equal." },
      difference: { type: "string", enum: ["major", "minor", "patch", "prerelease", "none"] },
    },
    required: ["result", "newer", "difference"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { version_a: "1.10.0", version_b: "1.9.3" },
      result: { result: 1, newer: "1.10.0", difference: "minor" },
    },
    {
      arguments: { version_a: "2.0.0-rc.1", version_b: "2.0.0" },
      result: { result: -1, newer: "2.0.0", difference: "prerelease" },
    },
    {
      arguments: { version_a: "v3.1.4+build.7", version_b: "3.1.4" },
      result: { result: 0, newer: null, difference: "none" },
    },
  ],
  invalidExamples: [
    {
      arguments: { version_a: "1.2", version_b: "1.2.0" },
      error: "$.version_a must NOT have fewer than 5 characters",
    },
    {
      arguments: { version_a: "1.02.3", version_b: "1.2.0" },
      error: "'1.02.3' is not a valid semantic version",
    },
  ],
  run: ({ version_a, version_b }) => {
    const a = parseSemver(version_a, "version_a");
    const b = parseSemver(version_b, "version_b");
    const result = compareSemver(a, b);
    const difference =
      a.major !== b.major
        ? "major"
        : a.minor !== b.minor
          ? "minor"
          : a.patch !== b.patch
            ? "patch"
            : result !== 0
              ? "prerelease"
              : "none";
    return { result, newer: result === 0 ? null : result > 0 ? version_a : version_b, difference };
  },
});
