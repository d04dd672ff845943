/**
 * A fixed pool of export workers (worker_threads), each with its own jieba. Jobs go to the least
 * busy worker; a worker that dies fails its jobs with the reason and is replaced.
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

interface Slot {
  worker: Worker;
  jobs: Map<number, (result: JobResult) => void>;
}

export class ExportPool {
  private readonly slots: Slot[] = [];
  private closed = false;

  constructor(
    size: number,
    private readonly setup: WorkerSetup,
    private readonly onWarning: (message: string) => void = () => undefined,
    private readonly script = workerScript(),
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  run(job: ExportJob): Promise<JobResult> {
    const slot = this.slots.reduce((best, s) => (s.jobs.size < best.jobs.size ? s : best));
    return new Promise((resolve) => {
      slot.jobs.set(job.id, resolve);
      slot.worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private start(): Slot {
    const slot: Slot = { worker: new Worker(this.script, { workerData: this.setup }), jobs: new Map() };
    let warned = false;
    slot.worker.on('message', (message: WorkerMessage) => {
      if ('warning' in message) {
        if (!warned) this.onWarning(message.warning);
        warned = true;
        return;
      }
      slot.jobs.get(message.id)?.(message);
      slot.jobs.delete(message.id);
    });
    const fail = (reason: string) => {
      for (const [id, resolve] of slot.jobs) resolve({ id, ok: false, reason });
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
