/**
 * Parquet by hyparquet-writer (pure JavaScript, bundled: no native module to ship; the README has
 * the measurements against DuckDB). Each worker encodes and compresses its batch as one row group
 * (encodeRowGroup); the main thread only appends the bytes and moves the group's offsets to where
 * they land (ParquetAssembler), then writes the footer. Memory holds no more than the groups in
 * flight, and the encoding runs on every core.
 */
import { ByteWriter, ParquetWriter } from 'hyparquet-writer';
import { COLUMN, COLUMNS, type ColumnType, type ExportRow } from './columns';
import type { Output } from './output';

type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]['schema'][number];
export type RowGroup = ParquetWriter['row_groups'][number];

/** A row group encoded as if it followed the 4-byte magic at the start of a file. */
export interface EncodedGroup {
  bytes: Uint8Array;
  rowGroup: RowGroup;
}

const MAGIC = new Uint8Array([0x50, 0x41, 0x52, 0x31]); // PAR1
const DAY = 86_400_000;

const ELEMENT: Record<ColumnType, Omit<SchemaElement, 'name'>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' },
  int: { type: 'INT32', repetition_type: 'OPTIONAL' },
  double: { type: 'DOUBLE', repetition_type: 'OPTIONAL' },
  date: { type: 'INT32', converted_type: 'DATE', repetition_type: 'OPTIONAL' },
};

const SCHEMA: SchemaElement[] = [
  { name: 'root', num_children: COLUMNS.length },
  ...COLUMNS.map(([name, type]) => ({ name, ...ELEMENT[type] })),
];

/** Where tracking's columns (status, gap, gap_unit) begin: the last of COLUMNS. */
export const TRACKING_FROM = COLUMN.status;

/**
 * Columns [from, to) of the rows as one row group. With tracking, a worker encodes the columns
 * before TRACKING_FROM and the main thread, once the outcomes are known, the few after (see joinGroups).
 */
export function encodeRowGroup(rows: readonly ExportRow[], from = 0, to: number = COLUMNS.length): EncodedGroup {
  const writer = new ByteWriter(1 << 20);
  const schema = [{ name: 'root', num_children: to - from }, ...SCHEMA.slice(1 + from, 1 + to)];
  const parquet = new ParquetWriter({ writer, schema });
  // No page indexes: their offsets live outside the row group and would not move with it.
  const columnData = COLUMNS.slice(from, to).map(([name, type], k) => ({
    name,
    data: rows.map((row) => (type === 'date' && row[from + k] !== null ? Date.parse(row[from + k] as string) / DAY : row[from + k])),
    columnIndex: false,
    offsetIndex: false,
    // Min/max of numbers and dates let readers skip row groups; of long strings they cost half the encoding.
    statistics: type !== 'string',
  }));
  void parquet.write({ columnData, rowGroupSize: rows.length });
  return { bytes: writer.getBytes().slice(MAGIC.length), rowGroup: parquet.row_groups[0]! };
}

/** One row group of two encoded over the same rows, `tail`'s columns after `head`'s. */
export function joinGroups(head: EncodedGroup, tail: EncodedGroup): EncodedGroup {
  const moved = relocated(tail.rowGroup, BigInt(head.bytes.length));
  const sum = (a: bigint | undefined, b: bigint | undefined) => (a === undefined || b === undefined ? undefined : a + b);
  return {
    bytes: Buffer.concat([head.bytes, tail.bytes]),
    rowGroup: {
      ...head.rowGroup,
      columns: [...head.rowGroup.columns, ...moved.columns],
      total_byte_size: head.rowGroup.total_byte_size + tail.rowGroup.total_byte_size,
      total_compressed_size: sum(head.rowGroup.total_compressed_size, tail.rowGroup.total_compressed_size),
    },
  };
}

export class ParquetAssembler {
  private offset = 0;
  private readonly groups: RowGroup[] = [];
  private rows = 0n;

  constructor(private readonly output: Output) {}

  async write(group: EncodedGroup): Promise<void> {
    if (this.offset === 0) await this.append(MAGIC);
    this.groups.push(relocated(group.rowGroup, BigInt(this.offset - MAGIC.length)));
    this.rows += group.rowGroup.num_rows;
    await this.append(group.bytes);
  }

  /** The footer: schema, row groups and the closing magic (an empty export still is a valid file). */
  async close(): Promise<void> {
    if (this.offset === 0) await this.append(MAGIC);
    const writer = new ByteWriter(1 << 16);
    const parquet = new ParquetWriter({ writer, schema: SCHEMA, createdBy: 'policylens export (hyparquet-writer)' });
    parquet.row_groups = this.groups;
    parquet.num_rows = this.rows;
    void parquet.finish();
    await this.append(writer.getBytes().slice(MAGIC.length));
  }

  private async append(bytes: Uint8Array): Promise<void> {
    this.offset += bytes.length;
    await this.output.write(bytes);
  }
}

function relocated(group: RowGroup, by: bigint): RowGroup {
  const move = (offset: bigint | undefined) => (offset === undefined ? undefined : offset + by);
  return {
    ...group,
    file_offset: move(group.file_offset),
    columns: group.columns.map((chunk) => ({
      ...chunk,
      file_offset: chunk.file_offset + by,
      meta_data: chunk.meta_data && {
        ...chunk.meta_data,
        data_page_offset: chunk.meta_data.data_page_offset + by,
        dictionary_page_offset: move(chunk.meta_data.dictionary_page_offset),
        index_page_offset: move(chunk.meta_data.index_page_offset),
        bloom_filter_offset: move(chunk.meta_data.bloom_filter_offset),
      },
    })),
  };
}
