// What a command may touch outside itself. The composition root passes the real thing; tests
// pass buffers, files in a temp folder and a fixed date.
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  readText(path: string): string;
  writeText(path: string, text: string): void;
  /** Writes a binary file, making any folders on its path that do not exist yet. */
  writeBytes(path: string, bytes: Uint8Array): void;
  /** Today's date where the user is, as YYYY-MM-DD: the only clock the CLI reads. */
  today(): string;
  /** Asks a question on the terminal and returns the answer (init). */
  ask(question: string): Promise<string>;
}
