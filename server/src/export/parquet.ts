/**
 * Parquet by hyparquet-writer (pure JavaScript, bundled: no native module to ship; see the README
 * for the measurements against DuckDB). Rows are buffered up to one row group, then encoded and
 * flushed, so memory stays at one group whatever the corpus.
 */
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import { COLUMNS, type ColumnType, type ExportRow } from './columns';
import type { Output } from './output';

type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]['schema'][number];

const ROW_GROUP = 50_000;
const DAY = 86_400_000;

const ELEMENT: Record<ColumnType, Omit<SchemaElement, 'name'>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
  int: { type: 'INT32', repetition_type: 'OPTIONAL' },
  double: { type: 'DOUBLE', repetition_type: 'OPTIONAL' },
  date: { type: 'INT32', converted_type: 'DATE', repetition_type: 'OPTIONAL' },
};

/** A ByteWriter whose bytes go to the output after every row group instead of piling up. */
class OutputWriter extends ByteWriter {
  constructor(private readonly output: Output) {
    super(1 << 20);
  }

  async flush(): Promise<void> {
    const bytes = new Uint8Array(this.buffer.slice(0, this.index));
    this.index = 0;
    await this.output.write(bytes);
  }

  override async finish(): Promise<void> {
    await this.flush();
  }
}

export class ParquetSink {
  private readonly writer: ParquetWriter;
  private rows: ExportRow[] = [];

  constructor(output: Output) {
    const schema: SchemaElement[] = [
      { name: 'root', num_children: COLUMNS.length },
      ...COLUMNS.map(([name, type]) => ({ name, ...ELEMENT[type] })),
    ];
    this.writer = new ParquetWriter({ writer: new OutputWriter(output), schema, createdBy: 'policylens export' });
  }

  async write(rows: readonly ExportRow[]): Promise<void> {
    for (const row of rows) this.rows.push(row);
    if (this.rows.length >= ROW_GROUP) await this.flushGroup();
  }

  async close(): Promise<void> {
    await this.flushGroup();
    await this.writer.finish();
  }

  private async flushGroup(): Promise<void> {
    if (this.rows.length === 0) return;
    const rows = this.rows;
    this.rows = [];
    const columnData = COLUMNS.map(([name, type], i) => ({
      name,
      data: rows.map((row) => (type === 'date' && row[i] !== null ? Date.parse(row[i] as string) / DAY : row[i])),
    }));
    await this.writer.write({ columnData, rowGroupSize: rows.length });
  }
}
