import { defineTool } from "../define-tool.js";
import { commonDomains, disposableDomains, editDistance, roleAccounts } from "./email-rules.js";

/** Checks an address's syntax and flags likely problems. */
export const validateEmailAddress = defineTool<{ email: string }>({
  name: "validate_email_address",
  description:
    "Check an email address offline: syntax (local part and domain rules of RFC 5321/5322 in their common form), normalisation to lower case, whether it is a role account (info@, support@) or a known disposable-mail domain, and a suggested correction for likely typos of popular domains (gmial.com -> gmail.com). Returns the verdict with the reasons.",
  category: "Communication",
  parameters: {
    type: "object",
    properties: {
      email: {
        type: "string",
        minLength: 1,
        maxLength: 320,
        description: "The address to check, e.g. 'jane.doe@gmial.com'.",
      },
    },
    required: ["email"],
    additionalProperties: false,
  },
  returns: {
    type: "object",
    properties: {
      email: { type: "string" },
      valid_syntax: { type: "boolean" },
      normalized: { type: ["string", "null"] },
      local_part: { type: ["string", "null"] },
      domain: { type: ["string", "null"] },
      is_role_account: { type: "boolean" },
      is_disposable: { type: "boolean" },
      suggestion: { type: ["string", "null"] },
      problems: { type: "array", items: { type: "string" } },
    },
    required: [
      "email",
      "valid_syntax",
      "normalized",
      "local_part",
      "domain",
      "is_role_account",
      "is_disposable",
      "suggestion",
      "problems",
    ],
    additionalProperties: false,
  },
  examples: [
    {
      arguments: { email: "Jane.Doe@Gmial.com" },
      result: {
        email: "Jane.Doe@Gmial.com",
        valid_syntax: true,
        normalized: "jane.doe@gmial.com",
        local_part: "jane.doe",
        domain: "gmial.com",
        is_role_account: false,
        is_disposable: false,
        suggestion: "jane.doe@gmail.com",
        problems: [],
      },
    },
    {
      arguments: { email: "support@mailinator.com" },
      result: {
        email: "support@mailinator.com",
        valid_syntax: true,
        normalized: "support@mailinator.com",
        local_part: "support",
        domain: "mailinator.com",
        is_role_account: true,
        is_disposable: true,
        suggestion: null,
        problems: [],
      },
    },
    {
      arguments: { email: "john..smith@example" },
      result: {
        email: "john..smith@example",
        valid_syntax: false,
        normalized: null,
        local_part: "john..smith",
        domain: "example",
        is_role_account: false,
        is_disposable: false,
        suggestion: null,
        problems: [
          "local part has consecutive dots",
          "domain needs a dot and a top-level domain of 2+ letters",
        ],
      },
    },
  ],
  invalidExamples: [
    { arguments: { email: "" }, error: "$.email must NOT have fewer than 1 characters" },
    { arguments: { email: "a@b.co", check_mx: true }, error: "unknown argument 'check_mx'" },
  ],
  run: ({ email }) => {
    const trimmed = email.trim();
    const at = trimmed.lastIndexOf("@");
    const local = at > 0 ? trimmed.slice(0, at).toLowerCase() : null;
    const domain = at > 0 ? trimmed.slice(at + 1).toLowerCase() : null;
    const problems: string[] = [];
    if (local === null || domain === null) {
      problems.push("missing '@' between a local part and a domain");
    }
    if (local !== null) {
      if (local.length > 64) {
        problems.push("local part is longer than 64 characters");
      }
      if (!/^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+$/.test(local)) {
        problems.push("local part has characters outside letters, digits and !#$%&'*+/=?^_`{|}~.-");
      }
      if (local.startsWith(".") || local.endsWith(".")) {
        problems.push("local part starts or ends with a dot");
      }
      if (local.includes("..")) {
        problems.push("local part has consecutive dots");
      }
    }
    if (domain !== null) {
      const labels = domain.split(".");
      if (labels.length < 2 || !/^[a-z]{2,63}$/.test(labels[labels.length - 1] ?? "")) {
        problems.push("domain needs a dot and a top-level domain of 2+ letters");
      } else if (!labels.every((label) => /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(label))) {
        problems.push("domain has an empty or malformed label");
      }
    }
    const valid = problems.length === 0;
    const close =
      domain === null || commonDomains.includes(domain)
        ? undefined
        : commonDomains.find((known) => editDistance(domain, known) <= 2);
    return {
      email,
      valid_syntax: valid,
      normalized: valid ? `${local}@${domain}` : null,
      local_part: local,
      domain,
      is_role_account: local !== null && roleAccounts.includes(local),
      is_disposable: domain !== null && disposableDomains.includes(domain),
      suggestion: valid && close !== undefined ? `${local}@${close}` : null,
      problems,
    };
  },
});
