import type { Clock } from '../../app/ports.js';

/** The machine's clock, in UTC. */
export const systemClock: Clock = { now: () => new Date().toISOString() };
