// The file side of an import: decode with the format readers, fingerprint with SHA-256.
import { createHash } from 'node:crypto';
import type { ActivityFiles } from '../../app/import-files.js';
import { readActivityFile } from './detect.js';

export const activityFiles: ActivityFiles = {
  read: readActivityFile,
  hash: (bytes) => createHash('sha256').update(bytes).digest('hex'),
};
