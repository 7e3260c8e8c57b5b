import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { SqlSession } from "~/.server/backup/sql-session";
import type { DatabaseHandle } from "~/.server/db/database-types";

// Bulk loading for the synthetic seeder: rows streamed with COPY (text format) inside one
// transaction, on Postgres through postgres.js's COPY stream, on PGlite through its /dev/blob.

export type CopyValue = string | number | boolean | Date | null;

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

function copyText(value: CopyValue): string {
  if (value === null) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  return value.replace(/[\\\n\r\t]/g, (character) => ESCAPES[character] ?? character);
}

const CHUNK_CHARACTERS = 256 * 1024;

/** One table's rows in COPY's text format, encoded a few hundred KB at a time as they come: the
 *  rows of a batch wait as bytes outside the JS heap, not as strings the collector keeps moving. */
export class CopyText {
  private pending = "";
  private chunks: Buffer<ArrayBuffer>[] = [];

  add(values: CopyValue[]) {
    this.pending += `${values.map(copyText).join("\t")}\n`;
    if (this.pending.length >= CHUNK_CHARACTERS) this.flush();
  }

  /** The rows added since the last take. */
  take(): Buffer<ArrayBuffer>[] {
    this.flush();
    const taken = this.chunks;
    this.chunks = [];
    return taken;
  }

  private flush() {
    if (this.pending) this.chunks.push(Buffer.from(this.pending));
    this.pending = "";
  }
}

export interface BulkSession extends SqlSession {
  /** Loads COPY text (from CopyText) into the table's columns. */
  copy(table: string, columns: readonly string[], chunks: readonly Buffer<ArrayBuffer>[]): Promise<void>;
}

/** Chunks grouped into blobs of at most about `size` bytes. */
function* blobs(chunks: readonly Buffer<ArrayBuffer>[], size: number): Generator<Blob> {
  let group: Buffer<ArrayBuffer>[] = [];
  let bytes = 0;
  for (const chunk of chunks) {
    group.push(chunk);
    bytes += chunk.length;
    if (bytes >= size) {
      yield new Blob(group);
      group = [];
      bytes = 0;
    }
  }
  if (group.length > 0) yield new Blob(group);
}

const copyStatement = (table: string, columns: readonly string[], from: string) =>
  `copy ${table} (${columns.join(", ")}) from ${from}`;

/** Runs `work` in one transaction that can COPY, committed when it returns and rolled back when it throws. */
export async function inBulkTransaction<T>(
  handle: DatabaseHandle,
  work: (session: BulkSession) => Promise<T>,
): Promise<T> {
  if (handle.kind === "postgres") {
    return (await handle.client.begin(async (tx) =>
      work({
        query: async <Row>(text: string, params: unknown[] = []) =>
          (await tx.unsafe(text, params as never[])) as unknown as Row[],
        exec: async (text) => {
          await tx.unsafe(text);
        },
        copy: async (table, columns, chunks) => {
          const target = await tx.unsafe(copyStatement(table, columns, "stdin")).writable();
          await pipeline(Readable.from(chunks), target);
        },
      }),
    )) as T;
  }
  return handle.client.transaction(async (tx) =>
    work({
      query: async <Row>(text: string, params: unknown[] = []) => (await tx.query<Row>(text, params)).rows,
      exec: async (text) => {
        await tx.exec(text);
      },
      copy: async (table, columns, chunks) => {
        for (const blob of blobs(chunks, 16 * 1024 * 1024)) {
          await tx.query(copyStatement(table, columns, "'/dev/blob'"), [], { blob });
        }
      },
    }),
  );
}
