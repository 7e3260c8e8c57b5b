import { UnsupportedFileError } from "./import-errors";

/** Decodes an uploaded text file, which must be UTF-8; a byte-order mark is dropped. */
export function decodeUtf8File(name: string, bytes: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UnsupportedFileError(
      `${name} is not UTF-8 text, so its characters cannot be read reliably. Save it as UTF-8 and upload it again.`,
    );
  }
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The character set declared for an HTML page: by the Content-Type header first, then by a <meta> tag. */
export function declaredHtmlCharset(bytes: Buffer, contentType: string | null = null): string | null {
  const fromHeader = contentType && /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType)?.[1];
  // As browsers do, look for <meta charset> only near the start of the page.
  const fromMeta = META_CHARSET.exec(bytes.subarray(0, 1024).toString("latin1"))?.[1];
  const label = fromHeader || fromMeta;
  return label ? normaliseCharset(label) : null;
}

/** Decodes a fetched web page the way a browser would: declared charset, else UTF-8, with bad bytes replaced. */
export function decodeHtmlPage(bytes: Buffer, contentType: string | null): string {
  return new TextDecoder(declaredHtmlCharset(bytes, contentType) ?? "utf-8").decode(bytes);
}

/** The WHATWG encoding name for a label ("latin1" → "windows-1252"), or null when unsupported. */
function normaliseCharset(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}
