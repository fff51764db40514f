import { z } from "zod";

const environmentName = /^[A-Za-z_][A-Za-z0-9_]*$/;
const hubToken = /^hf_[A-Za-z0-9]{20,}$/;

/**
 * Names of environment variables that hold secrets. A spec never holds a secret itself: any other field
 * (`token`, `hfToken`, ...) is rejected, and so is a value of `hfTokenEnv` that looks like a token.
 */
export const secretsSpecSchema = z
  .looseObject({
    /** Name of the environment variable holding a Hugging Face token, e.g. `HF_TOKEN`. */
    hfTokenEnv: z
      .string()
      .regex(environmentName, "must be the NAME of an environment variable, e.g. HF_TOKEN")
      .refine(
        (name) => !hubToken.test(name),
        "looks like a token: write the NAME of a variable that holds it",
      )
      .optional(),
  })
  .superRefine((secrets, context) => {
    for (const key of Object.keys(secrets)) {
      if (key !== "hfTokenEnv") {
        context.addIssue({
          code: "custom",
          path: [key],
          message:
            "a job spec must not hold secrets or unknown fields: put the token in an environment variable and name it in secrets.hfTokenEnv",
        });
      }
    }
  })
  .transform(({ hfTokenEnv }) => (hfTokenEnv === undefined ? {} : { hfTokenEnv }));
export type SecretsSpec = z.infer<typeof secretsSpecSchema>;
