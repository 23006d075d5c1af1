/**
 * An activity file that cannot be read: not the format it claims, not well-formed, or holding no
 * points. The message starts with the file's name so a failed import of a whole folder says which
 * file was at fault.
 */
export class FileFormatError extends Error {
  override readonly name = 'FileFormatError';
  constructor(
    readonly file: string,
    readonly detail: string,
    options?: ErrorOptions,
  ) {
    super(`${file}: ${detail}`, options);
  }
}
