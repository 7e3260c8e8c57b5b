import { and, asc, desc, eq, getTableColumns, gt } from "drizzle-orm";
import type { ImportFormat } from "~/domain/bulk-import/formats";
import { detectImportFormat, parseImportRows } from "~/domain/bulk-import/parse-import";
import { invalid, notFound } from "~/domain/errors";
import { hasRole, type Role } from "~/domain/roles";
import type { Database } from "../../db/database-types";
import { importJobs, importProblems, users } from "../../db/schema/all-tables";

interface Viewer {
  id: string;
  role: Role;
}

const MAX_FILE_NAME_LENGTH = 200;

/** A bulk import file as the upload form hands it over. */
export interface ImportUpload {
  fileName: string;
  /** "auto": tell from the file's name and first line. */
  format: ImportFormat | "auto";
  text: string;
}

/** Checks and counts the rows of an upload up front, then queues it for the background worker. */
export async function createImportJob(db: Database, actor: Viewer, upload: ImportUpload): Promise<{ id: number }> {
  const format = upload.format === "auto" ? detectImportFormat(upload.fileName, upload.text) : upload.format;
  const total = parseImportRows(format, upload.text).length;
  if (total === 0) throw invalid(`${upload.fileName} has no rows to import.`, { file: "The file is empty." });
  return db.transaction(async (tx) => {
    const [job] = await tx
      .insert(importJobs)
      .values({
        createdBy: actor.id,
        fileName: upload.fileName.slice(0, MAX_FILE_NAME_LENGTH),
        format,
        payload: upload.text,
        total,
      })
      .returning({ id: importJobs.id });
    if (!job) throw new Error("Insert returned no import job");
    return job;
  });
}

// Everything about a job except its payload, which can be tens of megabytes.
const { payload: _payload, ...jobColumns } = getTableColumns(importJobs);
const jobSummary = { ...jobColumns, createdByName: users.displayName };

/** Fact-checkers see their own imports; editors and administrators see everyone's. */
function visibleTo(viewer: Viewer) {
  return hasRole(viewer.role, "editor") ? undefined : eq(importJobs.createdBy, viewer.id);
}

export async function listImportJobs(db: Database, viewer: Viewer, options: { limit: number }) {
  return db
    .select(jobSummary)
    .from(importJobs)
    .innerJoin(users, eq(users.id, importJobs.createdBy))
    .where(visibleTo(viewer))
    .orderBy(desc(importJobs.id))
    .limit(options.limit);
}

export type ImportJobSummary = Awaited<ReturnType<typeof listImportJobs>>[number];

/** One job with a page of its problems in file order (from the row after `afterLine`), and whether
 *  more follow; someone else's job is "not found" to a fact-checker. */
export async function getImportJob(
  db: Database,
  viewer: Viewer,
  jobId: number,
  options: { problemLimit: number; afterLine?: number | undefined },
) {
  const [job] = await db
    .select(jobSummary)
    .from(importJobs)
    .innerJoin(users, eq(users.id, importJobs.createdBy))
    .where(and(eq(importJobs.id, jobId), visibleTo(viewer)));
  if (!job) throw notFound("That import");
  const problems = await db
    .select({
      id: importProblems.id,
      line: importProblems.line,
      kind: importProblems.kind,
      message: importProblems.message,
      articleId: importProblems.articleId,
    })
    .from(importProblems)
    .where(
      and(
        eq(importProblems.jobId, jobId),
        options.afterLine === undefined ? undefined : gt(importProblems.line, options.afterLine),
      ),
    )
    .orderBy(asc(importProblems.line), asc(importProblems.id))
    .limit(options.problemLimit + 1);
  return {
    job,
    problems: problems.slice(0, options.problemLimit),
    moreProblems: problems.length > options.problemLimit,
  };
}

export type ImportProblem = Awaited<ReturnType<typeof getImportJob>>["problems"][number];
