/** Where the CLI writes; tests pass buffers, the binary passes the process streams. */
export interface RunIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  /** Progress goes here: redrawn in place on a terminal, plain lines otherwise. */
  stderr: { write(text: string): unknown; isTTY?: boolean };
}
