import { ToolArgumentError } from "../../errors/tool-argument-error.js";
import { defineTool } from "../define-tool.js";
import { formatSemver, parseSemver, versionParameter } from "./semver.js";

type Release = "major" | "minor" | "patch" | "premajor" | "preminor" | "prepatch" | "prerelease";

/** Next version after a release of the given kind. */
export const bumpSemanticVersion = defineTool<{ version: string; release: Release; preid?: string }>({
  name: "bump_semantic_version",
  description:
    "Compute the next semantic version for a release type, following npm's rules: major/minor/patch bump and reset lower parts (a pre-release of that version is simply released), pre* types start a pre-release with an identifier, and prerelease increments an existing pre-release. Returns the new version without build metadata.",
  category: "Technology",
  parameters: {
    type: "object",
    properties: {
      version: versionParameter("Current version, e.g. 1.4.2 or 2.0.0-beta.3."),
      release: {
        type: "string",
        enum: ["major", "minor", "patch", "premajor", "preminor", "prepatch", "prerelease"],
        description: "Kind of release.",
      },
      preid: {
        type: "string",
        pattern: "^[0-9A-Za-z-]+$",
        default: "rc",
        description: "Pre-release identifier for pre* releases, e.g. alpha, beta, rc.",
      },
    },
    required: ["version", "release"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: { previous: { type: "string" }, next: { type: "string" } },
    required: ["previous", "next"],
    additionalProperties: false,
  },
  examples: [
    { arguments: { version: "1.4.2", release: "minor" }, result: { previous: "1.4.2", next: "1.5.0" } },
    {
      arguments: { version: "1.4.2", release: "premajor", preid: "beta" },
      result: { previous: "1.4.2", next: "2.0.0-beta.0" },
    },
    {
      arguments: { version: "2.0.0-rc.1", release: "prerelease" },
      result: { previous: "2.0.0-rc.1", next: "2.0.0-rc.2" },
    },
    {
      arguments: { version: "2.0.0-rc.1", release: "major" },
      result: { previous: "2.0.0-rc.1", next: "2.0.0" },
    },
  ],
  invalidExamples: [
    {
      arguments: { version: "1.4.2", release: "minor", preid: "beta" },
      error: "preid only applies to premajor, preminor, prepatch and prerelease",
    },
    { arguments: { version: "1.4.2", release: "hotfix" }, error: "$.release must be one of" },
  ],
  run: ({ version, release, preid }) => {
    if (preid !== undefined && !release.startsWith("pre")) {
      throw new ToolArgumentError({
        message: "preid only applies to premajor, preminor, prepatch and prerelease",
        argument: "preid",
      });
    }
    const id = preid ?? "rc";
    const v = parseSemver(version, "version");
    const pre = v.prerelease.length > 0;
    let next: typeof v;
    switch (release) {
      case "major":
        next = {
          ...v,
          major: pre && v.minor === 0 && v.patch === 0 ? v.major : v.major + 1,
          minor: 0,
          patch: 0,
          prerelease: [],
        };
        break;
      case "minor":
        next = { ...v, minor: pre && v.patch === 0 ? v.minor : v.minor + 1, patch: 0, prerelease: [] };
        break;
      case "patch":
        next = { ...v, patch: pre ? v.patch : v.patch + 1, prerelease: [] };
        break;
      case "premajor":
        next = { ...v, major: v.major + 1, minor: 0, patch: 0, prerelease: [id, 0] };
        break;
      case "preminor":
        next = { ...v, minor: v.minor + 1, patch: 0, prerelease: [id, 0] };
        break;
      case "prepatch":
        next = { ...v, patch: v.patch + 1, prerelease: [id, 0] };
        break;
      default: {
        if (!pre) {
          next = { ...v, patch: v.patch + 1, prerelease: [id, 0] };
          break;
        }
        const parts = [...v.prerelease];
        const last = parts[parts.length - 1];
        if (typeof last === "number") {
          parts[parts.length - 1] = last + 1;
        } else {
          parts.push(0);
        }
        next = { ...v, prerelease: preid !== undefined && parts[0] !== preid ? [preid, 0] : parts };
      }
    }
    return { previous: version, next: formatSemver(next) };
  },
});
