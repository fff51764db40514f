/** Names that look like they hold a credential; they are not passed to a job unless it asks for them. */
const secretLooking = /TOKEN|SECRET|PASSW|API_?KEY|PRIVATE|CREDENTIAL|AUTH/i;

/** Options of {@link filterEnvironment}. */
export interface FilterEnvironmentOptions {
  /** The launcher's environment. */
  env: Readonly<Record<string, string | undefined>>;
  /** Names the job asked for; passed through even when they look secret. */
  secretEnv: readonly string[];
}

/**
 * The environment a local job gets: the launcher's, less anything that looks like a credential, plus the
 * secrets the job named. Values stay in memory: nothing here is written to disk.
 *
 * @example
 * filterEnvironment({ env: process.env, secretEnv: ["HF_TOKEN"] })
 */
export function filterEnvironment({ env, secretEnv }: FilterEnvironmentOptions): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value !== undefined && (!secretLooking.test(name) || secretEnv.includes(name))) {
      result[name] = value;
    }
  }
  return result;
}
