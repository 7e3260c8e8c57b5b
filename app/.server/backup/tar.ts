// A backup is a plain POSIX tar (ustar) file, so `tar -tf` lists it and `tar -xf` unpacks it. Only
// what backups need is written (regular files with short names), and reading is strict: every header
// must be exactly the one this writer makes for its name, size and time, padding and the end of the
// archive must be zeros, so that no byte of the file can change unnoticed.

const BLOCK = 512;
const END_OF_ARCHIVE = Buffer.alloc(BLOCK * 2);

export class DamagedArchiveError extends Error {
  constructor(problem: string) {
    super(`This is not a complete Claimdesk backup: ${problem}.`);
    this.name = "DamagedArchiveError";
  }
}

function octal(value: number, width: number): string {
  return `${value.toString(8).padStart(width - 1, "0")}\0`;
}

/** The 512-byte header of a regular file. */
export function tarHeader(name: string, size: number, mtimeSeconds: number): Buffer {
  if (Buffer.byteLength(name) > 100) throw new Error(`File name too long for a tar header: ${name}`);
  const header = Buffer.alloc(BLOCK);
  header.write(name, 0, "utf8");
  header.write(octal(0o644, 8), 100, "ascii");
  header.write(octal(0, 8), 108, "ascii");
  header.write(octal(0, 8), 116, "ascii");
  header.write(octal(size, 12), 124, "ascii");
  header.write(octal(mtimeSeconds, 12), 136, "ascii");
  header.write("        ", 148, "ascii");
  header.write("0", 156, "ascii");
  header.write("ustar\u000000", 257, "ascii");
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, "ascii");
  return header;
}

/** Zeros that round a file's content up to whole blocks. */
export function tarPadding(size: number): Buffer {
  return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}

export function tarEnd(): Buffer {
  return END_OF_ARCHIVE;
}

function parseHeader(block: Buffer): { name: string; size: number; mtime: number } {
  const field = (start: number, length: number) => block.subarray(start, start + length).toString("ascii");
  const nameEnd = block.indexOf(0, 0);
  const name = block.subarray(0, nameEnd === -1 || nameEnd > 100 ? 100 : nameEnd).toString("utf8");
  const size = Number.parseInt(field(124, 11), 8);
  const mtime = Number.parseInt(field(136, 11), 8);
  if (!name || !Number.isSafeInteger(size) || !Number.isSafeInteger(mtime)) {
    throw new DamagedArchiveError("a file header in it is damaged");
  }
  if (!tarHeader(name, size, mtime).equals(block)) throw new DamagedArchiveError(`the header of ${name} is damaged`);
  return { name, size, mtime };
}

/** Reads exact byte counts from a stream of chunks. */
class ByteReader {
  private buffered: Buffer[] = [];
  private length = 0;
  private done = false;
  constructor(private readonly chunks: AsyncIterator<Buffer>) {}

  /** Up to `max` bytes (fewer only at the end of the stream), as they arrive. */
  async next(max: number): Promise<Buffer> {
    if (this.length === 0 && !this.done) {
      const chunk = await this.chunks.next();
      if (chunk.done) this.done = true;
      else {
        this.buffered.push(chunk.value);
        this.length += chunk.value.length;
      }
    }
    if (this.length === 0) return Buffer.alloc(0);
    const all = this.buffered.length === 1 ? (this.buffered[0] as Buffer) : Buffer.concat(this.buffered);
    const taken = all.subarray(0, max);
    const rest = all.subarray(taken.length);
    this.buffered = rest.length > 0 ? [rest] : [];
    this.length = rest.length;
    return taken;
  }

  async exactly(size: number, what: string): Promise<Buffer> {
    const parts: Buffer[] = [];
    let missing = size;
    while (missing > 0) {
      const part = await this.next(missing);
      if (part.length === 0) throw new DamagedArchiveError(`it ends in the middle of ${what} (truncated?)`);
      parts.push(part);
      missing -= part.length;
    }
    return Buffer.concat(parts);
  }
}

export interface TarEntry {
  name: string;
  size: number;
  /** The file's content, chunk by chunk; must be read to the end before the next entry. */
  content: AsyncIterable<Buffer>;
}

/** The files of a tar archive in order, checking its structure as it goes. */
export async function* readTar(source: AsyncIterable<Buffer>): AsyncGenerator<TarEntry> {
  const reader = new ByteReader(source[Symbol.asyncIterator]());
  for (;;) {
    const block = await reader.exactly(BLOCK, "a file header");
    if (block.equals(END_OF_ARCHIVE.subarray(0, BLOCK))) {
      const second = await reader.exactly(BLOCK, "the end of the archive");
      if (!second.equals(END_OF_ARCHIVE.subarray(0, BLOCK))) throw new DamagedArchiveError("its end is damaged");
      if ((await reader.next(1)).length > 0) throw new DamagedArchiveError("something follows the end of the archive");
      return;
    }
    const { name, size } = parseHeader(block);
    let remaining = size;
    const content = async function* () {
      while (remaining > 0) {
        const part = await reader.next(remaining);
        if (part.length === 0) throw new DamagedArchiveError(`it ends in the middle of ${name} (truncated?)`);
        remaining -= part.length;
        yield part;
      }
    };
    yield { name, size, content: content() };
    // Skip whatever the reader of this entry left unread.
    const unread = content();
    let step = await unread.next();
    while (!step.done) step = await unread.next();
    const padding = await reader.exactly(tarPadding(size).length, `the padding after ${name}`);
    if (padding.some((byte) => byte !== 0)) throw new DamagedArchiveError(`the padding after ${name} is damaged`);
  }
}
