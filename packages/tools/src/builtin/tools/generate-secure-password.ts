import { defineTool } from "../define-tool.js";
import { roundTo } from "../shared/round-to.js";

const sets = {
  lowercase: "abcdefghijklmnopqrstuvwxyz",
  uppercase: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  digits: "0123456789",
  symbols: "!@#$%^&*()-_=+[]{};:,.?",
};
const ambiguous = /[Il1O0o]/g;

interface Args {
  length?: number;
  include_uppercase?: boolean;
  include_digits?: boolean;
  include_symbols?: boolean;
  exclude_ambiguous?: boolean;
}

/** A random password with at least one character of each requested class. */
export const generateSecurePassword = defineTool<Args>({
  name: "generate_secure_password",
  description:
    "Generate a random password of the given length from lowercase letters plus the optional uppercase, digit and symbol sets, with at least one character from each set chosen. Returns the password, the alphabet size and its entropy in bits (rounded to 1 decimal); deterministic for the same arguments and seed.",
  category: "Tools",
  parameters: {
    type: "object",
    properties: {
      length: {
        type: "integer",
        minimum: 8,
        maximum: 128,
        default: 16,
        description: "Number of characters (8-128). Default 16.",
      },
      include_uppercase: { type: "boolean", default: true, description: "Include A-Z. Default true." },
      include_digits: { type: "boolean", default: true, description: "Include 0-9. Default true." },
      include_symbols: {
        type: "boolean",
        default: true,
        description: "Include symbols such as !@#$%. Default true.",
      },
      exclude_ambiguous: {
        type: "boolean",
        default: false,
        description: "Leave out look-alike characters I, l, 1, O, 0, o. Default false.",
      },
    },
    required: [],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      password: { type: "string" },
      length: { type: "integer" },
      alphabet_size: { type: "integer" },
      entropy_bits: { type: "number" },
    },
    required: ["password", "length", "alphabet_size", "entropy_bits"],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: {},
      result: { password: ";FK,jPS2g^9tW6Xt", length: 16, alphabet_size: 85, entropy_bits: 102.6 },
    },
    {
      arguments: { length: 10, include_symbols: false, exclude_ambiguous: true },
      result: { password: "J3Jm25t9xJ", length: 10, alphabet_size: 56, entropy_bits: 58.1 },
    },
  ],
  invalidExamples: [
    { arguments: { length: 4 }, error: "$.length must be >= 8" },
    { arguments: { include_digits: "yes" }, error: "$.include_digits must be boolean" },
  ],
  run: (args, { random }) => {
    const length = args.length ?? 16;
    const chosen = [
      sets.lowercase,
      ...((args.include_uppercase ?? true) ? [sets.uppercase] : []),
      ...((args.include_digits ?? true) ? [sets.digits] : []),
      ...((args.include_symbols ?? true) ? [sets.symbols] : []),
    ].map((set) => (args.exclude_ambiguous ? set.replace(ambiguous, "") : set));
    const alphabet = chosen.join("");
    const chars = chosen.map((set) => random.pick([...set]));
    while (chars.length < length) {
      chars.push(random.pick([...alphabet]));
    }
    return {
      password: random.shuffle(chars).join(""),
      length,
      alphabet_size: alphabet.length,
      entropy_bits: roundTo(length * Math.log2(alphabet.length), 1, { method: "decimal" }),
    };
  },
});
