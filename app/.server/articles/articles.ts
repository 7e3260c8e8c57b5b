import { and, desc, eq, ilike, inArray, lt, or, sql } from "drizzle-orm";
import { AppError, notFound } from "~/domain/errors";
import type { ArticleInput } from "~/domain/schemas/article";
import { recordAudit } from "../audit";
import { storeExtractedClaims } from "../claims/extracted-claims";
import { containsPattern } from "../db/contains-pattern";
import type { Database } from "../db/database-types";
import { articles, auditEvents, users } from "../db/schema/all-tables";
import { isUniqueViolation } from "../db/sql-errors";
import { sha256Hex } from "../sha256";

export type Article = typeof articles.$inferSelect;

export function bodyFingerprint(body: string): string {
  return sha256Hex(body);
}

async function findByFingerprint(db: Database, bodySha256: string) {
  const [existing] = await db
    .select({ id: articles.id, title: articles.title })
    .from(articles)
    .where(eq(articles.bodySha256, bodySha256));
  return existing;
}

/** The text is already in Claimdesk: the message names the copy and the id lets a page link to it. */
export class DuplicateArticleError extends AppError {
  readonly existingArticleId: number;

  constructor(existing: { id: number; title: string }) {
    super(409, "duplicate", `This text is already in Claimdesk as “${existing.title}” (article ${existing.id}).`, {
      body: `Already imported as article ${existing.id}.`,
    });
    this.existingArticleId = existing.id;
  }
}

/** Stores a new article with the claims extraction finds in it, as candidates; the same body twice
 *  is refused with a pointer to the first copy. An article from a bulk import records its job in the
 *  audit event, so the finished import can list its articles. */
export async function createArticle(
  db: Database,
  actorId: string | null,
  valid: ArticleInput,
  origin: { importJobId?: number } = {},
): Promise<Article> {
  const bodySha256 = bodyFingerprint(valid.body);
  try {
    return await db.transaction(async (tx) => {
      const existing = await findByFingerprint(tx, bodySha256);
      if (existing) throw new DuplicateArticleError(existing);
      const [article] = await tx
        .insert(articles)
        .values({ ...valid, bodySha256, createdBy: actorId })
        .returning();
      if (!article) throw new Error("Insert returned no article");
      await recordAudit(tx, {
        actorId,
        action: "article.created",
        subjectType: "article",
        subjectId: article.id,
        details: origin.importJobId === undefined ? {} : { importJobId: origin.importJobId },
      });
      await storeExtractedClaims(tx, article.id, article.body);
      return article;
    });
  } catch (error) {
    // Two people saving the same text at the same moment: the unique index decides.
    if (!isUniqueViolation(error)) throw error;
    const existing = await findByFingerprint(db, bodySha256);
    throw existing ? new DuplicateArticleError(existing) : error;
  }
}

export async function getArticle(db: Database, id: number) {
  const [row] = await db
    .select({ article: articles, createdByName: users.displayName })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.createdBy))
    .where(eq(articles.id, id));
  if (!row) throw notFound("That article");
  return { ...row.article, createdByName: row.createdByName };
}

/** The articles a bulk import stored, as their creation events record it. */
function importedBy(db: Database, importJobId: number) {
  return db
    .select({ id: sql<number>`(${auditEvents.subjectId})::int` })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, "article.created"),
        eq(auditEvents.subjectType, "article"),
        sql`${auditEvents.details}->>'importJobId' = ${String(importJobId)}`,
      ),
    );
}

export interface ArticleListOptions {
  limit: number;
  beforeId?: number | undefined;
  /** Words in the title or the outlet's name (any letter case). */
  search?: string | undefined;
  /** Only the articles this bulk import stored. */
  importJobId?: number | undefined;
}

/** Newest first (ids only grow), a page at a time by keyset on the id, so deep pages cost the same as
 *  the first; narrowed by a search of title and outlet, or to one bulk import's articles. */
export async function listArticles(db: Database, options: ArticleListOptions) {
  const { beforeId, limit, search, importJobId } = options;
  const rows = await db
    .select({
      id: articles.id,
      title: articles.title,
      outlet: articles.outlet,
      byline: articles.byline,
      publishedOn: articles.publishedOn,
      createdAt: articles.createdAt,
      createdByName: users.displayName,
    })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.createdBy))
    .where(
      and(
        beforeId === undefined ? undefined : lt(articles.id, beforeId),
        search
          ? or(ilike(articles.title, containsPattern(search)), ilike(articles.outlet, containsPattern(search)))
          : undefined,
        importJobId === undefined ? undefined : inArray(articles.id, importedBy(db, importJobId)),
      ),
    )
    .orderBy(desc(articles.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { articles: page, nextBeforeId: rows.length > limit && last ? last.id : null };
}
