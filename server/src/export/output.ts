/** Where the export goes: a file or standard output, written with backpressure. */
import { once } from 'node:events';
import { createWriteStream, openSync } from 'node:fs';
import type { Writable } from 'node:stream';

export interface Output {
  write(bytes: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** `-` and /dev/stdout are standard output; any other path is created or truncated now, so a bad path fails before any work. */
export function openOutput(file: string): Output {
  const toStdout = file === '-' || file === '/dev/stdout';
  const stream: Writable = toStdout ? process.stdout : createWriteStream('', { fd: openSync(file, 'w') });
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  stream.on('error', (error) => {
    failure ??= error;
    wake?.();
  });
  stream.on('drain', () => wake?.());
  return {
    async write(bytes) {
      if (failure) throw failure;
      if (!stream.write(bytes)) await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      if (failure) throw failure;
    },
    async close() {
      if (toStdout) return;
      stream.end();
      await once(stream, 'finish').catch(() => undefined);
      if (failure) throw failure;
    },
  };
}
