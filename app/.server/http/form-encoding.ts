import type { NextFunction, Request, Response } from "express";
import { AppError } from "~/domain/errors";
import { targetUrl } from "./request-target";

// Form actions read bodies the way browsers send forms, and nothing else: a JSON or text/plain body
// posted to a page is refused before any action runs (the JSON API under /api/ reads its own bodies).

const FORM_ENCODINGS = ["application/x-www-form-urlencoded", "multipart/form-data"];
const BODILESS_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const FORM_ENCODING_MESSAGE =
  "This address takes forms only: send the body as application/x-www-form-urlencoded or multipart/form-data, as a browser does. The JSON API is under /api/v1.";

/** Whether a Content-Type header names an encoding that browsers send forms in. */
export function isFormEncoding(contentType: string | null | undefined): boolean {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  return FORM_ENCODINGS.includes(mediaType);
}

/** Express middleware: a body sent to anything but the API must be form-encoded (415 otherwise). The
 *  address is read as Remix reads it, dot segments resolved, so "/api/../claims/5" is not the API. */
export function refuseNonFormBodies(req: Request, _res: Response, next: NextFunction) {
  const { pathname } = targetUrl(req.originalUrl);
  const hasBody = Number(req.get("content-length") ?? 0) > 0 || req.get("transfer-encoding") !== undefined;
  const refused =
    hasBody &&
    !BODILESS_METHODS.has(req.method) &&
    !pathname.startsWith("/api/") &&
    !isFormEncoding(req.get("content-type"));
  // The final error handler answers in the app's error page or JSON shape.
  next(refused ? new AppError(415, "unsupported_media_type", FORM_ENCODING_MESSAGE) : undefined);
}
