// Reading the JSON files people hand the CLI, with errors that name the file.
import { InputError } from '../core/errors.js';
import type { CliIo } from './io.js';

export function readJsonFile(io: CliIo, path: string, what: string): unknown {
  let text: string;
  try {
    text = io.readText(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      `${what} ${path}: ${code === 'ENOENT' ? 'no such file' : 'cannot be read'}`,
      path,
    );
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(`${what} ${path}: not valid JSON (${(e as Error).message})`, path);
  }
}
