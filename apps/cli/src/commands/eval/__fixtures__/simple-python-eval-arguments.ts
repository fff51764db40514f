/**
 * The leading arguments of `apigen eval` that score model `test-model` at `baseUrl` on `simple_python`.
 *
 * @example
 * await runApigen(...simplePythonEvalArguments(server.url), "--limit", "1");
 */
export function simplePythonEvalArguments(baseUrl: string): string[] {
  return ["eval", "--model", "test-model", "--base-url", baseUrl, "--categories", "simple_python"];
}
