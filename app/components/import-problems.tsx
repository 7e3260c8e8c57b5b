import { Link } from "@remix-run/react";
import { formatCount } from "~/domain/format";

interface Problem {
  id: number;
  line: number;
  kind: "error" | "duplicate";
  message: string;
  articleId: number | null;
}

/** The rows that were not imported, in file order: errors with their reason, duplicates with a link
 *  to the article already holding the text. A page at a time: `nextHref` leads on to the rows after
 *  these, `firstHref` back to the start; `total` says how many there are in all. */
export function ImportProblemList({
  problems,
  total,
  nextHref,
  firstHref,
}: {
  problems: Problem[];
  total: number;
  nextHref: string | null;
  firstHref: string | null;
}) {
  if (total === 0) return <p className="mt-2 text-stone-600">No problems so far.</p>;
  const first = problems[0];
  const last = problems.at(-1);
  return (
    <>
      {problems.length < total && first && last ? (
        <p className="mt-2 text-sm text-stone-600">
          Lines {first.line}–{last.line}: {formatCount(problems.length)} of {formatCount(total)} rows not imported.
        </p>
      ) : null}
      <ol className="mt-2 divide-y divide-stone-200 rounded border border-stone-200 bg-white">
        {problems.map((problem) => (
          <li key={problem.id} className="flex flex-col gap-1 px-4 py-2 sm:flex-row sm:gap-4">
            <span className="shrink-0 font-mono text-sm font-semibold sm:w-24">Line {problem.line}</span>
            <span className="text-sm">
              <span className={problem.kind === "error" ? "font-medium text-red-800" : "font-medium text-amber-800"}>
                {problem.kind === "error" ? "Error: " : "Duplicate: "}
              </span>
              {problem.message}
              {problem.articleId !== null ? (
                <>
                  {" "}
                  <Link to={`/articles/${problem.articleId}`} className="text-sky-800 underline">
                    Open article {problem.articleId}
                  </Link>
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
      {nextHref || firstHref ? (
        <p className="mt-2 flex flex-wrap gap-4 text-sm">
          {firstHref ? (
            <Link to={firstHref} className="text-sky-800 underline">
              Back to the first rows
            </Link>
          ) : null}
          {nextHref ? (
            <Link to={nextHref} className="text-sky-800 underline">
              Next rows not imported
            </Link>
          ) : null}
        </p>
      ) : null}
    </>
  );
}
