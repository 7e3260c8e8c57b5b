import { MAX_IMPORT_FILE_BYTES } from "~/domain/bulk-import/limits";
import { AppError } from "~/domain/errors";
import { MAX_ARTICLE_BYTES } from "~/domain/limits";
import { formatMegabytes } from "~/domain/text-size";
import { MAX_API_BODY_BYTES } from "../api/api-route";
import { MAX_UPLOAD_BYTES } from "../web/add-article";
import { targetUrl } from "./request-target";

// How large a request body each address may send, checked from Content-Length before a byte of it
// is read. Each limit sits above what the route itself accepts, so a too-long article or file still
// gets the form's own message (with the text kept); these only stop bodies no form can produce.

/** Room for a form's other fields and multipart boundaries next to its text or file. */
const OTHER_FIELDS_BYTES = 64 * 1024;
/** A form posted without JavaScript, or by Remix, is URL-encoded: each byte of non-ASCII text becomes %XX. */
const URL_ENCODED_ARTICLE_BYTES = 3 * MAX_ARTICLE_BYTES;
/** Routes cut an uploaded file off at its limit as it arrives; a body a tenth over still reaches them,
 *  so a near miss gets the route's own message about the file. */
const uploadBody = (fileBytes: number) => Math.ceil(fileBytes * 1.1) + OTHER_FIELDS_BYTES;

export interface BodyLimit {
  bytes: number;
  /** Said to the user when the body is larger. */
  message: string;
}

const kilobytes = (bytes: number) => `${Math.round(bytes / 1024)} KB`;

const SIGN_IN: BodyLimit = {
  bytes: 4 * 1024,
  message: `A sign-in sends an email address and a password, never more than ${kilobytes(4 * 1024)}.`,
};
const ARTICLE_TEXT = `An article can be up to ${formatMegabytes(MAX_ARTICLE_BYTES)} of text`;
const ARTICLE: BodyLimit = {
  bytes: URL_ENCODED_ARTICLE_BYTES + OTHER_FIELDS_BYTES,
  message: `${ARTICLE_TEXT}; this request is larger than any article form sends.`,
};
const NEW_ARTICLE: BodyLimit = {
  bytes: Math.max(URL_ENCODED_ARTICLE_BYTES + OTHER_FIELDS_BYTES, uploadBody(MAX_UPLOAD_BYTES)),
  message: `${ARTICLE_TEXT}, or a file of up to ${formatMegabytes(MAX_UPLOAD_BYTES)}. Save the article alone in a smaller file, or paste its text.`,
};
const BULK_IMPORT: BodyLimit = {
  bytes: uploadBody(MAX_IMPORT_FILE_BYTES),
  message: `A bulk import file can be up to ${formatMegabytes(MAX_IMPORT_FILE_BYTES)}. Split it into smaller files and import them one by one.`,
};
const API: BodyLimit = {
  bytes: MAX_API_BODY_BYTES,
  message: `The request body is larger than ${formatMegabytes(MAX_API_BODY_BYTES)}, the limit for API requests.`,
};
/** A verdict's rationale (20,000 characters), a comment or a source, URL-encoded. */
const CLAIM: BodyLimit = {
  bytes: 256 * 1024,
  message: `A claim's forms send at most ${kilobytes(256 * 1024)}; shorten the rationale or the comment.`,
};
const OTHER: BodyLimit = {
  bytes: 64 * 1024,
  message: `This form sends at most ${kilobytes(64 * 1024)}; the request is larger.`,
};

// Matched against the path as the router reads it (see routePath); the first match wins.
const LIMITS: [RegExp, BodyLimit][] = [
  [/^\/login$/, SIGN_IN],
  [/^\/articles\/new$/, NEW_ARTICLE],
  [/^\/articles\/[^/]+(?:\/edit)?$/, ARTICLE],
  [/^\/imports$/, BULK_IMPORT],
  [/^\/api\//, API],
  [/^\/claims\/[^/]+$/, CLAIM],
];

/** The path the Remix router matches: dot segments resolved, each segment percent-decoded (an encoded
 *  slash stays one), case ignored, a trailing slash and a single-fetch ".data" suffix dropped. */
export function routePath(target: string): string {
  const { pathname } = targetUrl(target);
  const decoded = pathname
    .split("/")
    .map((segment) => {
      try {
        return decodeURIComponent(segment).replaceAll("/", "%2F");
      } catch {
        return segment;
      }
    })
    .join("/");
  return (
    decoded
      .toLowerCase()
      .replace(/\.data$/, "")
      .replace(/\/+$/, "") || "/"
  );
}

export function bodyLimitFor(target: string): BodyLimit {
  const path = routePath(target);
  return LIMITS.find(([pattern]) => pattern.test(path))?.[1] ?? OTHER;
}

/** Refuses a body larger than the address allows (413) or of unknown length (411) before it is read.
 *  Only the JSON API, which counts the bytes as it reads them, takes a body without Content-Length. */
export function bodyLimitError(target: string, headers: { contentLength?: string; transferEncoding?: string }) {
  const limit = bodyLimitFor(target);
  if (headers.contentLength === undefined) {
    if (headers.transferEncoding === undefined || limit === API) return null;
    return new AppError(411, "length_required", "Send the request with a Content-Length header.");
  }
  return Number(headers.contentLength) > limit.bytes ? new AppError(413, "too_large", limit.message) : null;
}
