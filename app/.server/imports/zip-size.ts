// How large a ZIP archive (a .docx is one) says it will be once unpacked, read from its central
// directory without unpacking anything, so a small upload that expands to gigabytes is refused first.
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_MARKER = 0xffffffff;

/** Total uncompressed size of the entries, or null when the archive cannot be read this way (damaged,
 *  or ZIP64, which a Word document never needs). */
export function zipUncompressedSize(archive: Buffer): number | null {
  // The end record is in the last 22 bytes, or before a comment of up to 65,535 bytes.
  const searchFrom = Math.max(0, archive.length - 22 - 0xffff);
  let end = -1;
  for (let at = archive.length - 22; at >= searchFrom; at--) {
    if (archive.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  let total = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > archive.length || archive.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) return null;
    const size = archive.readUInt32LE(at + 24);
    if (size === ZIP64_MARKER) return null;
    total += size;
    at += 46 + archive.readUInt16LE(at + 28) + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
  }
  return total;
}
