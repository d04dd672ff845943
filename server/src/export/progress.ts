/** The export's progress bar on a terminal: files, MB/s and the time left, redrawn ~10 times a second. */
import type { ExportProgress } from './run';

const WIDTH = 24;

export function progressBar(stream: NodeJS.WriteStream, now: () => number = Date.now) {
  const started = now();
  let drawn = 0;
  let shown = false;
  return {
    update(p: ExportProgress): void {
      const time = now();
      if (time - drawn < 100 && p.files < p.totalFiles) return;
      drawn = time;
      shown = true;
      stream.write(`\r${progressLine(p, (time - started) / 1000)}\x1b[K`);
    },
    done(): void {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}

/** `[######------------------]  3120/10000 files  41.3 MB/s  ETA 0:09`, then the second pass's parts. */
export function progressLine(p: ExportProgress, seconds: number): string {
  if (p.stage === 'writing') {
    const filled = p.totalFiles > 0 ? Math.round((p.files / p.totalFiles) * WIDTH) : WIDTH;
    return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}]  writing with tracking's outcomes: ${p.files}/${p.totalFiles} parts`;
  }
  const share = p.totalBytes > 0 ? p.bytes / p.totalBytes : p.totalFiles > 0 ? p.files / p.totalFiles : 1;
  const filled = Math.round(share * WIDTH);
  const rate = seconds > 0 ? p.bytes / seconds : 0;
  const eta = rate > 0 ? (p.totalBytes - p.bytes) / rate : null;
  return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}]  ${p.files}/${p.totalFiles} files  ${(rate / 1e6).toFixed(1)} MB/s  ETA ${eta === null ? '?' : clock(eta)}`;
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
