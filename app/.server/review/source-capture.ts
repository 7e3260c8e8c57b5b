import { and, eq, isNull } from "drizzle-orm";
import { notFound } from "~/domain/errors";
import type { Database } from "../db/database-types";
import { sources } from "../db/schema/all-tables";
import { configuredAllowInternal, FetchRefusedError, type GuardedFetchOptions } from "../fetch/guarded-fetch";
import { UnsupportedContentError } from "../imports/import-errors";
import { readableTextFromUrl } from "../imports/readable-text";
import { sha256Hex } from "../sha256";
import { refreshQuoteCheck } from "./quote-check";

/** Longer readable text is cut when stored; its SHA-256 still covers all of it, so any change is noticed. */
export const MAX_CAPTURED_TEXT_LENGTH = 500_000;

/** How sources are fetched; allowInternal defaults to FETCH_ALLOW_INTERNAL. */
export type SourceFetchOptions = Omit<GuardedFetchOptions, "accept">;

export type SourceReading =
  | { ok: true; url: string; title: string | null; text: string; sha256: string }
  | {
      ok: false;
      /** The site answered, but with something whose text cannot be read (a PDF, a page over the size cap). */
      answered: boolean;
      /** Why, for the fact-checker. */
      message: string;
    };

export type SourceCapture = Pick<
  typeof sources.$inferSelect,
  "id" | "url" | "captureStatus" | "captureError" | "capturedAt" | "capturedTitle" | "capturedSha256"
>;

/** Fetches a source's page and reads its text. Never throws: a page that cannot be read is a reading too. */
export async function readSource(url: string, options: SourceFetchOptions = {}): Promise<SourceReading> {
  try {
    const page = await readableTextFromUrl(url, { allowInternal: configuredAllowInternal(), ...options });
    // Postgres text cannot hold NUL characters; no reader sees them either.
    const text = page.text.replaceAll("\u0000", "");
    const title = page.title?.replaceAll("\u0000", "") || null;
    return { ok: true, url: page.url, title, text, sha256: sha256Hex(text) };
  } catch (error) {
    return failedReading(error);
  }
}

function failedReading(error: unknown): SourceReading {
  if (error instanceof UnsupportedContentError) return { ok: false, answered: true, message: error.message };
  if (error instanceof FetchRefusedError) {
    return { ok: false, answered: error.code === "too-large", message: error.message };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { ok: false, answered: false, message: `Claimdesk could not read this page (${reason}).` };
}

/**
 * Captures the page a source points at: its readable text, title and the text's SHA-256, or why it
 * could not be read. Fetch failures are recorded on the source, never thrown. Returns null when the
 * source was removed, or its address edited, while the page was being fetched.
 */
export async function captureSource(
  db: Database,
  sourceId: number,
  options: SourceFetchOptions = {},
): Promise<SourceCapture | null> {
  const [source] = await db.select({ id: sources.id, url: sources.url }).from(sources).where(eq(sources.id, sourceId));
  if (!source) throw notFound("That source");
  const reading = await readSource(source.url, options);
  return db.transaction((tx) => storeCapture(tx, source, reading));
}

/**
 * Stores a reading as the source's capture: the copy later re-checks compare against, so earlier
 * re-check results are cleared, and a quote claim's words are checked against it. capturedAt is when
 * the capture was made or attempted. Only written while the source still has the address that was
 * read, and never over a transcript. Call inside a transaction.
 */
export async function storeCapture(
  tx: Database,
  source: { id: number; url: string },
  reading: SourceReading,
  at: Date = new Date(),
): Promise<SourceCapture | null> {
  const captured = reading.ok
    ? {
        captureStatus: "captured" as const,
        captureError: null,
        capturedTitle: reading.title,
        capturedText: capText(reading.text),
        capturedSha256: reading.sha256,
      }
    : {
        captureStatus: "failed" as const,
        captureError: reading.message,
        capturedTitle: null,
        capturedText: null,
        capturedSha256: null,
      };
  const [stored] = await tx
    .update(sources)
    .set({ ...captured, capturedAt: at, recheckStatus: null, recheckNote: null, recheckedAt: null })
    .where(and(eq(sources.id, source.id), eq(sources.url, source.url), isNull(sources.transcriptFormat)))
    .returning();
  if (!stored) return null;
  await refreshQuoteCheck(tx, stored.claimId, stored, null);
  const { id, url, captureStatus, captureError, capturedAt, capturedTitle, capturedSha256 } = stored;
  return { id, url, captureStatus, captureError, capturedAt, capturedTitle, capturedSha256 };
}

function capText(text: string): string {
  if (text.length <= MAX_CAPTURED_TEXT_LENGTH) return text;
  const cut = text.slice(0, MAX_CAPTURED_TEXT_LENGTH);
  // Never end on half of a surrogate pair.
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
