import { Link } from "@remix-run/react";
import type { ImportProgress } from "~/domain/bulk-import/progress";
import { DateText } from "./date-text";
import { ImportProgressBar, ImportStatusBadge } from "./import-progress";

type JobSummary = ImportProgress & { id: number; fileName: string; createdAt: Date; createdByName: string };

export function ImportJobList({ jobs, now }: { jobs: JobSummary[]; now: Date }) {
  if (jobs.length === 0)
    return <p className="mt-4 text-stone-600">No imports yet. Upload the first file with the form.</p>;
  return (
    <ul className="mt-4 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
      {jobs.map((job) => (
        <li key={job.id} className="space-y-2 px-4 py-3">
          <div className="flex flex-wrap items-center gap-2">
            <Link to={`/imports/${job.id}`} className="break-all font-medium text-sky-900 hover:underline">
              {job.fileName}
            </Link>
            <ImportStatusBadge status={job.status} />
          </div>
          <p className="text-sm text-stone-500">
            Started by {job.createdByName}, <DateText value={job.createdAt} />
          </p>
          <ImportProgressBar progress={job} now={now} id={`import-${job.id}-progress`} />
        </li>
      ))}
    </ul>
  );
}
