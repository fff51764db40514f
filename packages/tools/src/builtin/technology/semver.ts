import { ToolArgumentError } from "../../errors/tool-argument-error.js";

/** A parsed semantic version. */
export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: (string | number)[];
  build: string[];
}

const pattern =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/** Parses a SemVer 2.0.0 string (a leading "v" is allowed), or throws a ToolArgumentError. */
export function parseSemver(text: string, argument: string): SemVer {
  const match = pattern.exec(text.trim());
  if (match === null) {
    throw new ToolArgumentError({
      message: `'${text}' is not a valid semantic version; expected MAJOR.MINOR.PATCH with optional -prerelease and +build, e.g. 1.4.2 or 2.0.0-rc.1`,
      argument,
    });
  }
  const [, major = "0", minor = "0", patch = "0", pre, build] = match;
  return {
    major: Number(major),
    minor: Number(minor),
    patch: Number(patch),
    prerelease:
      pre === undefined ? [] : pre.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    build: build === undefined ? [] : build.split("."),
  };
}

/** Formats a version without build metadata unless asked. */
export function formatSemver(version: SemVer, withBuild = false): string {
  const core = `${version.major}.${version.minor}.${version.patch}`;
  const pre = version.prerelease.length > 0 ? `-${version.prerelease.join(".")}` : "";
  return core + pre + (withBuild && version.build.length > 0 ? `+${version.build.join(".")}` : "");
}

/** SemVer precedence: negative, 0 or positive. Build metadata is ignored. */
export function compareSemver(a: SemVer, b: SemVer): number {
  const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (core !== 0) {
    return Math.sign(core);
  }
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return Math.sign(b.prerelease.length - a.prerelease.length);
  }
  for (let index = 0; index < Math.max(a.prerelease.length, b.prerelease.length); index++) {
    const x = a.prerelease[index];
    const y = b.prerelease[index];
    if (x === undefined || y === undefined) {
      return x === undefined ? -1 : 1;
    }
    if (x === y) {
      continue;
    }
    if (typeof x === "number" && typeof y === "number") {
      return Math.sign(x - y);
    }
    if (typeof x === "number" || typeof y === "number") {
      return typeof x === "number" ? -1 : 1;
    }
    return x < y ? -1 : 1;
  }
  return 0;
}

/** The JSON Schema of a version parameter. */
export const versionParameter = (description: string) =>
  ({ type: "string", minLength: 5, maxLength: 100, description }) as const;
