import { describeImportProgress, type ImportProgress } from "~/domain/bulk-import/progress";

const STATUS_LABELS: Record<ImportProgress["status"], string> = {
  queued: "Waiting",
  running: "Importing",
  done: "Finished",
  failed: "Stopped",
};

export function ImportStatusBadge({ status }: { status: ImportProgress["status"] }) {
  const colour = {
    queued: "bg-stone-200 text-stone-800",
    running: "bg-sky-100 text-sky-900",
    done: "bg-emerald-100 text-emerald-900",
    failed: "bg-red-100 text-red-900",
  }[status];
  return <span className={`rounded px-2 py-0.5 text-xs font-semibold ${colour}`}>{STATUS_LABELS[status]}</span>;
}

/** The progress bar and its one-line summary; `now` comes from the server so both renders agree. */
export function ImportProgressBar({ progress, now, id }: { progress: ImportProgress; now: Date; id: string }) {
  const summary = describeImportProgress(progress, now);
  return (
    <div>
      <progress
        id={id}
        max={Math.max(progress.total, 1)}
        value={progress.processed}
        aria-describedby={`${id}-summary`}
        className="h-3 w-full overflow-hidden rounded accent-sky-700"
      >
        {progress.processed} of {progress.total}
      </progress>
      <p id={`${id}-summary`} className="mt-2 text-sm text-stone-700" aria-live="polite">
        {summary}
      </p>
    </div>
  );
}
