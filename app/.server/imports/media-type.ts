// What a fetched file is, read from its Content-Type (or, without one, its first bytes), and how to
// name it in a message for the fact-checker.

const HTML_MEDIA_TYPES = new Set(["text/html", "application/xhtml+xml"]);

const KNOWN_MEDIA_TYPES: Record<string, string> = {
  "application/pdf": "a PDF document",
  "application/json": "JSON data",
  "text/plain": "plain text",
  "application/xml": "an XML file",
  "text/xml": "an XML file",
  "application/rss+xml": "a news feed",
  "application/atom+xml": "a news feed",
};

/** "text/html; charset=utf-8" → "text/html"; null when the server sent no type. */
export function mediaTypeOf(contentType: string | null): string | null {
  return contentType?.split(";")[0]?.trim().toLowerCase() || null;
}

/** Whether a fetched body is a web page: by its type, or by its first bytes when it came without one. */
export function isHtml(mediaType: string | null, body: Buffer): boolean {
  return mediaType ? HTML_MEDIA_TYPES.has(mediaType) : looksLikeHtml(body);
}

/** Servers that send no Content-Type still serve HTML often enough to check the first bytes. */
function looksLikeHtml(body: Buffer): boolean {
  return /^(\uFEFF)?\s*<(!doctype html|html|head|body|!--)/i.test(body.subarray(0, 512).toString("utf8"));
}

export function describeMediaType(mediaType: string | null): string {
  if (!mediaType) return "a file of unknown type";
  const known = KNOWN_MEDIA_TYPES[mediaType];
  if (known) return known;
  const [kind] = mediaType.split("/");
  if (kind === "image" || kind === "audio") return `an ${kind} file (${mediaType})`;
  if (kind === "video") return `a video file (${mediaType})`;
  return `a file of type ${mediaType}`;
}
