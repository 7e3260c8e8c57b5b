import { Form } from "@remix-run/react";
import type { ClaimPageData } from "~/.server/claims/claim-page";
import type { FormDraft } from "./claim-draft";
import { RatingBadge } from "./claim-rating-badge";
import { SummaryField } from "./claim-summary-field";
import { UnsavedDraft } from "./claim-unsaved-draft";
import { DateText } from "./date-text";
import { buttonClass } from "./form-field";

type Verdict = ClaimPageData["verdicts"][number];

function VerdictBody({ verdict }: { verdict: Verdict }) {
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap items-center gap-2">
        <RatingBadge rating={verdict.rating} />
        <span className="text-sm text-stone-600">Version {verdict.number}</span>
      </p>
      <p className="font-serif text-lg">{verdict.summary}</p>
      {verdict.rationaleHtml ? (
        <div
          className="prose-sm space-y-2 text-sm [&_a]:text-sky-800 [&_a]:underline [&_blockquote]:border-l-4 [&_blockquote]:pl-3 [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered from Markdown and sanitised on the server (renderMarkdown)
          dangerouslySetInnerHTML={{ __html: verdict.rationaleHtml }}
        />
      ) : null}
      <p className="text-sm text-stone-600">
        Written by {verdict.authorName}, <DateText value={verdict.createdAt} withTime />
        {verdict.approvedAt ? (
          <>
            {" · "}approved by {verdict.approvedByName ?? "an editor"}, <DateText value={verdict.approvedAt} withTime />
          </>
        ) : null}
        {verdict.publishedAt ? (
          <>
            {" · "}published <DateText value={verdict.publishedAt} withTime />
          </>
        ) : null}
      </p>
      {verdict.correctionNote ? (
        <p className="text-sm">
          <span className="font-medium">Correction:</span> {verdict.correctionNote}
        </p>
      ) : null}
    </div>
  );
}

interface ClaimVerdictProps {
  verdicts: Verdict[];
  ratings: ClaimPageData["ratings"];
  summaryMaxLength: number;
  version: number;
  lockedReason: string | null;
  draft: FormDraft | null;
}

/** The current verdict, the form that saves a new version of it, and every earlier version. */
export function ClaimVerdict({ verdicts, ratings, summaryMaxLength, version, lockedReason, draft }: ClaimVerdictProps) {
  const current = verdicts.at(-1) ?? null;
  const earlier = verdicts.slice(0, -1).reverse();
  const values = draft?.values;
  return (
    <section id="verdict" aria-labelledby="verdict-heading" className="rounded border border-stone-200 bg-white p-4">
      <h2 id="verdict-heading" className="font-semibold">
        Verdict
      </h2>
      <div className="mt-3">
        {current ? <VerdictBody verdict={current} /> : <p className="text-sm text-stone-600">No verdict yet.</p>}
      </div>
      {lockedReason ? (
        <>
          <p className="mt-3 text-sm text-stone-600">{lockedReason}</p>
          <UnsavedDraft draft={draft} fields={{ summary: "Summary", rationale: "Rationale" }} />
        </>
      ) : (
        <Form method="post" className="mt-4 space-y-3 border-t border-stone-200 pt-4" key={`verdict-${version}`}>
          <h3 className="text-sm font-semibold">
            {current ? "Revise the verdict (saved as a new version)" : "Propose a verdict"}
          </h3>
          <input type="hidden" name="intent" value="verdict" />
          <input type="hidden" name="version" value={version} />
          <div>
            <label htmlFor="verdict-rating" className="block text-sm font-medium">
              Rating
            </label>
            <select
              id="verdict-rating"
              name="rating"
              required
              defaultValue={values ? values.rating : String(current?.rating.id ?? "")}
              className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 text-base"
            >
              <option value="" disabled>
                Choose a rating
              </option>
              {ratings.map((rating) => (
                <option key={rating.id} value={rating.id} title={rating.description}>
                  {rating.label}
                </option>
              ))}
            </select>
            {draft?.errors.rating ? (
              <p className="mt-1 text-sm font-medium text-red-700">{draft.errors.rating}</p>
            ) : null}
          </div>
          <SummaryField
            maxLength={summaryMaxLength}
            defaultValue={values ? (values.summary ?? "") : (current?.summary ?? "")}
            error={draft?.errors.summary}
          />
          <div>
            <label htmlFor="verdict-rationale" className="block text-sm font-medium">
              Rationale
            </label>
            <textarea
              id="verdict-rationale"
              name="rationale"
              rows={8}
              defaultValue={values ? values.rationale : (current?.rationale ?? "")}
              aria-describedby="verdict-rationale-hint"
              className="mt-1 block w-full rounded border border-stone-300 bg-white px-3 py-2 font-mono text-sm"
            />
            <p id="verdict-rationale-hint" className="mt-1 text-sm text-stone-500">
              Markdown: **bold**, *italic*, [links](https://…), lists and quotes.
            </p>
            {draft?.errors.rationale ? (
              <p className="mt-1 text-sm font-medium text-red-700">{draft.errors.rationale}</p>
            ) : null}
          </div>
          <button type="submit" className={buttonClass}>
            Save verdict
          </button>
        </Form>
      )}
      {earlier.length > 0 ? (
        <details className="mt-4 border-t border-stone-200 pt-3">
          <summary className="cursor-pointer text-sm font-medium">Earlier versions ({earlier.length})</summary>
          <ol className="mt-3 space-y-4">
            {earlier.map((verdict) => (
              <li key={verdict.id}>
                <VerdictBody verdict={verdict} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
