import { formatCount } from "~/domain/format";
// The figures a bulk import shows while it runs: how far it is, how fast it goes, how long is left.
export interface ImportProgress {
  status: "queued" | "running" | "done" | "failed";
  total: number;
  processed: number;
  failed: number;
  duplicates: number;
  startedAt: Date | null;
  finishedAt: Date | null;
}

/** Rows per second since the job started (until it finished), or null before there is anything to measure. */
export function importRate(progress: ImportProgress, now: Date): number | null {
  if (!progress.startedAt || progress.processed === 0) return null;
  const seconds = ((progress.finishedAt ?? now).getTime() - progress.startedAt.getTime()) / 1000;
  return seconds > 0 ? progress.processed / seconds : null;
}

/** Seconds until the remaining rows are done at the current rate. */
export function secondsLeft(progress: ImportProgress, rate: number | null): number | null {
  if (rate === null || rate <= 0) return null;
  return Math.max(0, progress.total - progress.processed) / rate;
}

export function formatDuration(seconds: number): string {
  const whole = Math.max(1, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  const minutes = Math.round(whole / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

export function formatRate(rate: number): string {
  return `${rate < 10 ? rate.toFixed(1) : formatCount(Math.round(rate))} articles/s`;
}

function plural(n: number, one: string, many: string) {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** One line for people, e.g. "1,234 of 2,000 — 3 errors, 12 duplicates — 45 articles/s — about 20 s left". */
export function describeImportProgress(progress: ImportProgress, now: Date): string {
  const done = `${formatCount(progress.processed)} of ${formatCount(progress.total)}`;
  const problems = `${plural(progress.failed, "error", "errors")}, ${plural(progress.duplicates, "duplicate", "duplicates")}`;
  if (progress.status === "queued") {
    // A job a stopping server handed back keeps its counts until another one resumes it.
    return progress.processed === 0
      ? `Waiting to start — ${plural(progress.total, "row", "rows")}`
      : `${done} — ${problems} — waiting to resume`;
  }
  const rate = importRate(progress, now);
  const parts = [done, problems];
  if (rate !== null) parts.push(formatRate(rate));
  if (progress.status === "running") {
    const left = secondsLeft(progress, rate);
    if (left !== null) parts.push(`about ${formatDuration(left)} left`);
  } else if (progress.startedAt && progress.finishedAt) {
    const took = (progress.finishedAt.getTime() - progress.startedAt.getTime()) / 1000;
    parts.push(`${progress.status === "done" ? "finished" : "stopped"} after ${formatDuration(took)}`);
  }
  return parts.join(" — ");
}
