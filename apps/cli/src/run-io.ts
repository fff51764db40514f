/** Where the CLI writes; tests pass buffers, the binary passes the process streams. */
export interface RunIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}
