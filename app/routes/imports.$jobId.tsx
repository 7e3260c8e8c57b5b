import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { requireUser } from "~/.server/http/guards";
import { idParam } from "~/.server/http/params";
import { throwAsResponse } from "~/.server/http/responses";
import { getImportJob } from "~/.server/imports/bulk/import-jobs";
import { DateText } from "~/components/date-text";
import { ImportProblemList } from "~/components/import-problems";
import { ImportProgressBar, ImportStatusBadge } from "~/components/import-progress";
import { IMPORT_FORMAT_LABELS } from "~/domain/bulk-import/formats";
import { formatCount } from "~/domain/format";
import { databaseId } from "~/domain/schemas/database-id";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.job.fileName ?? "Import"} · Bulk import · Claimdesk` },
];

// A page of rows not imported: 200 duplicates on one page made it 11,800 px long.
const PROBLEMS_SHOWN = 25;
const REFRESH_SECONDS = 1;

export async function loader(args: LoaderFunctionArgs) {
  const user = await requireUser(args, { role: "checker" });
  try {
    const jobId = idParam(args.params, "jobId", "That import");
    // A line number from the "Next rows" link; anything else starts at the first row.
    const afterLine = databaseId("Unknown page.")
      .optional()
      .catch(undefined)
      .parse(new URL(args.request.url).searchParams.get("after") ?? undefined);
    const { job, problems, moreProblems } = await getImportJob(args.context.db, user, jobId, {
      problemLimit: PROBLEMS_SHOWN,
      afterLine,
    });
    const lastLine = problems.at(-1)?.line;
    return {
      job,
      problems,
      nextHref: moreProblems && lastLine !== undefined ? `?after=${lastLine}#problems-heading` : null,
      firstHref: afterLine !== undefined ? "?#problems-heading" : null,
      now: new Date(),
    };
  } catch (error) {
    throwAsResponse(error);
  }
}

/** While the job is unfinished, reloads the page's data every second (the server keeps no
 *  connection open); without JavaScript the <meta> refresh below does the same. */
function useRefreshWhile(active: boolean) {
  const { revalidate, state } = useRevalidator();
  useEffect(() => {
    if (!active || state !== "idle") return;
    const timer = setTimeout(revalidate, REFRESH_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [active, state, revalidate]);
}

export default function ImportJobPage() {
  const { job, problems, nextHref, firstHref, now } = useLoaderData<typeof loader>();
  const unfinished = job.status === "queued" || job.status === "running";
  useRefreshWhile(unfinished);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      {unfinished ? (
        <noscript>
          <meta httpEquiv="refresh" content={String(REFRESH_SECONDS * 2)} />
        </noscript>
      ) : null}
      <p>
        <Link to="/imports" className="text-sm text-sky-800 underline">
          All imports
        </Link>
      </p>
      <header className="space-y-1">
        <h1 className="break-all font-serif text-3xl font-bold">{job.fileName}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-stone-600">
          <ImportStatusBadge status={job.status} />
          <span>
            {IMPORT_FORMAT_LABELS[job.format]} · started by {job.createdByName}, <DateText value={job.createdAt} />
          </span>
        </p>
      </header>
      <section aria-labelledby="progress-heading">
        <h2 id="progress-heading" className="text-lg font-semibold">
          Progress
        </h2>
        <div className="mt-2">
          <ImportProgressBar progress={job} now={now} id="import-progress" />
        </div>
        <p className="mt-2 text-sm text-stone-700">
          {formatCount(job.imported)} imported, {formatCount(job.duplicates)} already in Claimdesk,{" "}
          {formatCount(job.failed)} with errors.
        </p>
        {job.imported > 0 ? (
          <p className="mt-2">
            <Link to={`/articles?import=${job.id}`} className="font-medium text-sky-800 underline">
              {unfinished ? "The articles imported so far" : `The ${formatCount(job.imported)} imported articles`}
            </Link>
          </p>
        ) : null}
        {job.failure ? (
          <p role="alert" className="mt-2 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
            {job.failure}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="problems-heading">
        <h2 id="problems-heading" className="text-lg font-semibold">
          Rows not imported
        </h2>
        <ImportProblemList
          problems={problems}
          total={job.failed + job.duplicates}
          nextHref={nextHref}
          firstHref={firstHref}
        />
      </section>
    </div>
  );
}
