/**
 * A fixed pool of export workers (worker_threads), each with its own jieba. Jobs go to the least
 * busy worker; a worker that dies fails its jobs' files with the reason and is replaced.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ExportJob, JobResult, WorkerMessage, WorkerSetup } from './messages';

/** esbuild.mjs writes it next to dist/cli.js and dist/server.js. */
export function workerScript(): string {
  const script = path.join(__dirname, 'exportWorker.js');
  if (!existsSync(script)) throw new Error(`${script} is missing: run \`npm run build\``);
  return script;
}

/**
 * A worker's heap holds one batch and its reading at a time; without a cap V8 lets garbage pile
 * up to hundreds of MB before collecting. The young generation is where a reading's short-lived
 * objects die: at 8 MB they were collected so often that 2000 reports took 15.0 s, at 16 MB
 * 13.5 s, at 32 MB 13.2 s but 40 MB more of RSS. Env overrides for measuring.
 */
const RESOURCE_LIMITS = {
  maxOldGenerationSizeMb: Number(process.env.POLICYLENS_WORKER_OLD_MB ?? 128),
  maxYoungGenerationSizeMb: Number(process.env.POLICYLENS_WORKER_YOUNG_MB ?? 16),
};

export interface PoolEvents {
  /** `count` more files of a job are done. */
  onFiles?: (job: number, count: number) => void;
  onWarning?: (message: string) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, { job: ExportJob; resolve: (result: JobResult) => void }>;
}

export class ExportPool {
  private readonly slots: Slot[] = [];
  private closed = false;
  private warned = false;

  constructor(
    size: number,
    private readonly setup: WorkerSetup,
    private readonly events: PoolEvents = {},
    private readonly script = workerScript(),
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  run(job: ExportJob): Promise<JobResult> {
    const slot = this.slots.reduce((best, s) => (s.jobs.size < best.jobs.size ? s : best));
    return new Promise((resolve) => {
      slot.jobs.set(job.id, { job, resolve });
      slot.worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(this.script, { workerData: this.setup, resourceLimits: RESOURCE_LIMITS }), jobs: new Map() };
    slot.worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'files') this.events.onFiles?.(message.id, message.count);
      else if (message.kind === 'warning') {
        if (!this.warned) this.events.onWarning?.(message.message);
        this.warned = true;
      } else {
        slot.jobs.get(message.result.id)?.resolve(message.result);
        slot.jobs.delete(message.result.id);
      }
    });
    const fail = (reason: string) => {
      for (const { job, resolve } of slot.jobs.values()) {
        const failures = job.files.map((_, index) => ({ index, reason }));
        resolve({ id: job.id, rows: 0, chunk: null, failures });
      }
      slot.jobs.clear();
      if (this.closed) return;
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.start();
    };
    slot.worker.on('error', (error) => fail(`analysis crashed: ${error.message}`));
    slot.worker.on('exit', (code) => fail(`analysis crashed: the worker exited with code ${code}`));
    return slot;
  }
}
