/**
 * Ends a command with a chosen exit code (e.g. 130 after Ctrl-C) once it has said what it had to say. `run`
 * turns it into that code, printing the message, if any, to stderr.
 */
export class CommandExit extends Error {
  override readonly name = "CommandExit" as const;
  readonly exitCode: number;

  constructor(exitCode: number, message = "") {
    super(message);
    this.exitCode = exitCode;
  }
}
