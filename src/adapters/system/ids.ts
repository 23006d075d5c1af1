import { randomUUID } from 'node:crypto';
import type { IdGenerator } from '../../app/ports.js';

/** Random UUIDs (v4): unguessable, so an id in a URL reveals nothing about other records. */
export const randomIds: IdGenerator = { newId: () => randomUUID() };
