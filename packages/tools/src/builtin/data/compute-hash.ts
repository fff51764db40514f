import { createHash } from "node:crypto";
import { defineTool } from "../define-tool.js";

/** Cryptographic digest of UTF-8 text. */
export const computeHash = defineTool<{
  text: string;
  algorithm?: "md5" | "sha1" | "sha256" | "sha512";
  output_encoding?: "hex" | "base64";
}>({
  name: "compute_hash",
  description:
    "Compute the MD5, SHA-1, SHA-256 or SHA-512 digest of UTF-8 text, e.g. for checksums or cache keys. Returns the digest in lower-case hex or Base64 and its length in bits.",
  category: "Data",
  parameters: {
    type: "object",
    properties: {
      text: { type: "string", maxLength: 1000000, description: "Text to hash (encoded as UTF-8)." },
      algorithm: {
        type: "string",
        enum: ["md5", "sha1", "sha256", "sha512"],
        default: "sha256",
        description: "Hash algorithm.",
      },
      output_encoding: {
        type: "string",
        enum: ["hex", "base64"],
        default: "hex",
        description: "How to write the digest.",
      },
    },
    required: ["text"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      algorithm: { type: "string" },
      digest: { type: "string" },
      bits: { type: "integer", enum: [128, 160, 256, 512] },
    },
    required: ["algorithm", "digest", "bits"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { text: "hello" },
      result: {
        algorithm: "sha256",
        digest: "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824",
        bits: 256,
      },
    },
    {
      arguments: { text: "hello", algorithm: "md5" },
      result: { algorithm: "md5", digest: "5d41402abc4b2a76b9719d911017c592", bits: 128 },
    },
    {
      arguments: { text: "", algorithm: "sha1", output_encoding: "base64" },
      result: { algorithm: "sha1", digest: "2jmj7l5rSw0yVb/vlWAYkK/YBwk=", bits: 160 },
    },
  ],
  invalidExamples: [
    {
      arguments: { text: "hello", algorithm: "sha3" },
      error: '$.algorithm must be one of ["md5","sha1","sha256","sha512"]',
    },
    { arguments: {}, error: "missing required argument 'text'" },
  ],
  run: ({ text, algorithm = "sha256", output_encoding = "hex" }) => {
    const hash = createHash(algorithm).update(text, "utf8");
    const bits = { md5: 128, sha1: 160, sha256: 256, sha512: 512 }[algorithm];
    return { algorithm, digest: hash.digest(output_encoding), bits };
  },
});
