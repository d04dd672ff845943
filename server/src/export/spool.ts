/** An append-only temporary file whose pieces are read back by offset: memory holds none of them. */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

export interface Piece {
  offset: number;
  length: number;
}

export class Spool {
  private readonly fd: number;
  private size = 0;

  constructor(file: string) {
    this.fd = openSync(file, 'w+');
  }

  append(bytes: Uint8Array): Piece {
    writeSync(this.fd, bytes, 0, bytes.length, this.size);
    const piece = { offset: this.size, length: bytes.length };
    this.size += bytes.length;
    return piece;
  }

  /**
   * The piece's bytes: in `scratch` when it is large enough (memory used again and again is
   * never faulted in anew), else in memory of their own.
   */
  read({ offset, length }: Piece, scratch?: Uint8Array): Uint8Array {
    const bytes = scratch && scratch.length >= length ? scratch.subarray(0, length) : Buffer.allocUnsafeSlow(length);
    let done = 0;
    while (done < length) done += readSync(this.fd, bytes, done, length - done, offset + done);
    return bytes;
  }

  close(): void {
    closeSync(this.fd);
  }
}
