// The load side of bench/api.bench.ts, in its own process so the client does not share an event
// loop with the server it measures: autocannon against the month calendar of random athletes,
// each request signed with that athlete's Bearer token. Gets its job by IPC and answers the
// same way.
import { createRequire } from 'node:module';

export interface LoadJob {
  url: string;
  /** Per athlete: id and Bearer token. */
  athletes: { id: string; token: string }[];
  from: string;
  to: string;
  connections: number;
  durationSec: number;
  /** Load first for this long, unmeasured: JIT, caches and the page cache warm up. */
  warmupSec: number;
}

export interface LoadResult {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Requests answered during the warm-up, so the server's CPU can be shared over all of them. */
  warmupRequests: number;
  non2xx: number;
  errors: number;
  /**
   * This process's CPU time per measured request: the client shares the machine's cores
   * with the server, so a bigger answer costs throughput on both sides.
   */
  clientCpuMsPerRequest: number;
}

// autocannon ships no types: only what this script reads.
interface AutocannonRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  requests: { setupRequest: (req: AutocannonRequest) => AutocannonRequest }[];
}
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (options: AutocannonOptions) => Promise<AutocannonResult>;

const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

async function runLoad(job: LoadJob): Promise<LoadResult> {
  const warmup = job.warmupSec > 0 ? await hit(job, job.warmupSec) : undefined;
  const cpuBefore = process.cpuUsage();
  const result = await hit(job, job.durationSec);
  const cpu = process.cpuUsage(cpuBefore);
  return {
    requestsPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    warmupRequests: warmup?.requests.total ?? 0,
    non2xx: result.non2xx,
    errors: result.errors,
    clientCpuMsPerRequest:
      Math.round(((cpu.user + cpu.system) / 1000 / result.requests.total) * 100) / 100,
  };
}

function hit(job: LoadJob, durationSec: number): Promise<AutocannonResult> {
  return autocannon({
    url: job.url,
    connections: job.connections,
    duration: durationSec,
    requests: [
      {
        setupRequest: (req) => {
          const athlete = job.athletes[Math.floor(Math.random() * job.athletes.length)]!;
          return {
            ...req,
            method: 'GET',
            path: `/api/athletes/${athlete.id}/calendar?from=${job.from}&to=${job.to}`,
            headers: { authorization: `Bearer ${athlete.token}` },
          };
        },
      },
    ],
  });
}

process.once('message', (job: LoadJob) => {
  void runLoad(job).then((result) => {
    process.send?.(result, () => process.exit(0));
  });
});
