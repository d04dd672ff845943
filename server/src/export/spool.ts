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

  append(text: string): Piece {
    const bytes = Buffer.from(text, 'utf8');
    writeSync(this.fd, bytes, 0, bytes.length, this.size);
    const piece = { offset: this.size, length: bytes.length };
    this.size += bytes.length;
    return piece;
  }

  read({ offset, length }: Piece): string {
    const bytes = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) done += readSync(this.fd, bytes, done, length - done, offset + done);
    return bytes.toString('utf8');
  }

  close(): void {
    closeSync(this.fd);
  }
}
