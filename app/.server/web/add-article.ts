import { AppError, invalid } from "~/domain/errors";
import { type AddArticleWay, articleInputSchema } from "~/domain/schemas/article";
import { URL_IMPORTS } from "~/domain/throttling";
import { parseInput } from "~/domain/validation";
import { formValues } from "~/utils/form-values";
import { type Article, createArticle } from "../articles/articles";
import { enforceLimit, urlImportCounter } from "../auth/throttles";
import type { Database } from "../db/database-types";
import { configuredAllowInternal, FetchRefusedError } from "../fetch/guarded-fetch";
import { articleFromFile } from "../imports/article-file";
import { UnsupportedContentError, UnsupportedFileError } from "../imports/import-errors";
import { articleFromUrl } from "../imports/url-import";
import { readMultipartForm, uploadedFile } from "./multipart";
import { readFormData } from "./read-form";

/** Uploaded files above this size are refused while they arrive, before they are read. */
export const MAX_UPLOAD_BYTES = 5_000_000;

export type UploadedFile = { name: string; bytes: Buffer };

const URL_IMPORT_LIMIT_MESSAGE = `Too many articles fetched from web addresses: at most ${URL_IMPORTS.limit} every ${
  URL_IMPORTS.windowMs / 60_000
} minutes. Pasting an article's text works meanwhile.`;

/** The submitted form: multipart with the file in memory for an upload, plain otherwise. */
export function readArticleForm(request: Request, way: AddArticleWay): Promise<FormData> {
  return way === "file"
    ? readMultipartForm(request, MAX_UPLOAD_BYTES, "Save the article alone in a smaller file, or paste its text.")
    : readFormData(request);
}

/** Adds the article a form describes: pasted fields, an uploaded file or a web address. */
export async function addArticleFrom(
  db: Database,
  actorId: string,
  way: AddArticleWay,
  form: FormData,
): Promise<Article> {
  const fields = formValues(form, ["title", "body", "url", "outlet", "byline", "publishedOn"]);
  if (way === "url") return importArticleFromUrl(db, actorId, fields.url);
  if (way === "paste") return createArticle(db, actorId, parseInput(articleInputSchema, fields));
  const file = uploadedFile(form);
  return importArticleFile(
    db,
    actorId,
    { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) },
    fields.title,
  );
}

/** Stores the article in an uploaded file; a title typed with the upload replaces the file's own. */
export async function importArticleFile(
  db: Database,
  actorId: string,
  file: UploadedFile,
  typedTitle: string,
): Promise<Article> {
  const found = await articleFromFile(file.name, file.bytes).catch(refusalAsAppError);
  if (!found.text) throw invalid(`${file.name} contains no article text.`);
  const title = typedTitle.trim() || found.title;
  if (!title) {
    const message = `${file.name} has no heading to use as the title. Type a title and upload the file again.`;
    throw invalid(message, { title: "Type a title for this file." });
  }
  const article = parseInput(articleInputSchema, {
    title,
    body: found.text,
    outlet: found.outlet ?? null,
    byline: found.byline ?? null,
    publishedOn: dateOnly(found.publishedAt),
  });
  return createArticle(db, actorId, article);
}

/** Fetches a public news page (never an internal address unless allow-listed) and stores its article. */
export async function importArticleFromUrl(db: Database, actorId: string, url: string): Promise<Article> {
  if (!url.trim()) throw invalid("Enter the web address of the article.", { url: "Enter a web address." });
  await enforceLimit(db, urlImportCounter(actorId), URL_IMPORT_LIMIT_MESSAGE);
  const page = await articleFromUrl(url.trim(), { allowInternal: configuredAllowInternal() }).catch(refusalAsAppError);
  if (!page.text) throw invalid(`No article text was found at ${page.url}.`);
  const article = parseInput(articleInputSchema, {
    title: page.title ?? page.url,
    body: page.text,
    url: page.url,
    outlet: page.outlet,
    byline: page.byline,
    publishedOn: dateOnly(page.publishedAt),
  });
  return createArticle(db, actorId, article);
}

/** Turns the importers' refusals into messages for the form: too large 413, the site's own error 502, else 422. */
function refusalAsAppError(error: unknown): never {
  if (error instanceof FetchRefusedError) {
    if (error.code === "too-large") throw new AppError(413, "too_large", error.message);
    if (error.code === "http-status") throw new AppError(502, "upstream_error", error.message);
    throw new AppError(422, "fetch_refused", error.message);
  }
  if (error instanceof UnsupportedFileError || error instanceof UnsupportedContentError) {
    throw new AppError(422, "unsupported", error.message);
  }
  throw error;
}

/** The stored date is a calendar date; a publication timestamp keeps only its (UTC) date. */
function dateOnly(publishedAt: string | null | undefined): string | null {
  return publishedAt ? publishedAt.slice(0, 10) : null;
}
