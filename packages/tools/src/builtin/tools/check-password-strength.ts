import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

const common = new Set([
  "password",
  "123456",
  "12345678",
  "123456789",
  "qwerty",
  "abc123",
  "111111",
  "letmein",
  "iloveyou",
  "admin",
  "welcome",
  "monkey",
  "dragon",
  "football",
  "baseball",
  "sunshine",
  "princess",
  "trustno1",
  "passw0rd",
  "master",
]);

const classes = [
  { name: "lowercase", test: /[a-z]/, size: 26 },
  { name: "uppercase", test: /[A-Z]/, size: 26 },
  { name: "digits", test: /[0-9]/, size: 10 },
  { name: "symbols", test: /[^A-Za-z0-9]/, size: 33 },
];

/** Scores a password from 0 to 4 with the reasons and suggestions. */
export const checkPasswordStrength = defineTool<{ password: string }>({
  name: "check_password_strength",
  description:
    "Rate a password's strength offline: length, character classes, a brute-force entropy estimate (bits, rounded to 1 decimal), and penalties for common passwords, repeated characters and keyboard or alphabet sequences. Returns a score from 0 (very weak) to 4 (very strong) with suggestions.",
  category: "Tools",
  parameters: {
    type: "object",
    properties: {
      password: {
        type: "string",
        minLength: 1,
        maxLength: 256,
        description: "The password to rate; it is not stored.",
      },
    },
    required: ["password"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      length: { type: "integer" },
      character_classes: {
        type: "array",
        items: { type: "string", enum: ["lowercase", "uppercase", "digits", "symbols"] },
      },
      entropy_bits: { type: "number", minimum: 0 },
      score: { type: "integer", minimum: 0, maximum: 4 },
      rating: { type: "string", enum: ["very weak", "weak", "fair", "strong", "very strong"] },
      issues: { type: "array", items: { type: "string" } },
      suggestions: { type: "array", items: { type: "string" } },
    },
    required: ["length", "character_classes", "entropy_bits", "score", "rating", "issues", "suggestions"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { password: "password1" },
      result: {
        length: 9,
        character_classes: ["lowercase", "digits"],
        entropy_bits: 46.5,
        score: 0,
        rating: "very weak",
        issues: ["is a common password or a common password with a digit"],
        suggestions: [
          "add uppercase letters",
          "add symbols",
          "use at least 12 characters",
          "avoid common passwords, repeated characters and sequences",
        ],
      },
    },
    {
      arguments: { password: "T7#vq!Lm2@xR9s" },
      result: {
        length: 14,
        character_classes: ["lowercase", "uppercase", "digits", "symbols"],
        entropy_bits: 92,
        score: 4,
        rating: "very strong",
        issues: [],
        suggestions: [],
      },
    },
  ],
  invalidExamples: [
    { arguments: { password: "" }, error: "$.password must NOT have fewer than 1 characters" },
    { arguments: {}, error: "missing required argument 'password'" },
  ],
  run: ({ password }) => {
    const present = classes.filter((c) => c.test.test(password));
    const pool = present.reduce((sum, c) => sum + c.size, 0);
    const length = [...password].length;
    const entropy = roundTo(length * Math.log2(pool), 1, { method: "decimal" });
    const issues: string[] = [];
    const lower = password.toLowerCase();
    if (common.has(lower) || common.has(lower.replace(/[0-9!]+$/, ""))) {
      issues.push("is a common password or a common password with a digit");
    }
    if (/(.)\1\1/.test(password)) {
      issues.push("repeats the same character three or more times");
    }
    if (/(abc|bcd|cde|123|234|345|456|567|678|789|qwe|wer|ert|asd|sdf|zxc)/.test(lower)) {
      issues.push("contains a keyboard or alphabet sequence");
    }
    let score = entropy < 28 ? 0 : entropy < 36 ? 1 : entropy < 60 ? 2 : entropy < 80 ? 3 : 4;
    if (issues[0]?.startsWith("is a common")) {
      score = 0;
    } else {
      score = Math.max(0, score - issues.length);
    }
    if (length < 8) {
      score = Math.min(score, 1);
    }
    const suggestions = classes
      .filter((c) => !present.includes(c))
      .map(
        (c) =>
          `add ${c.name === "digits" ? "digits" : c.name === "symbols" ? "symbols" : `${c.name} letters`}`,
      );
    if (length < 12) {
      suggestions.push("use at least 12 characters");
    }
    if (issues.length > 0) {
      suggestions.push("avoid common passwords, repeated characters and sequences");
    }
    const ratings = ["very weak", "weak", "fair", "strong", "very strong"] as const;
    return {
      length,
      character_classes: present.map((c) => c.name),
      entropy_bits: entropy,
      score,
      rating: ratings[score] ?? "very weak",
      issues,
      suggestions,
    };
  },
});
