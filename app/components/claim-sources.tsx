import { Form } from "@remix-run/react";
import type { ClaimPageData } from "~/.server/claims/claim-page";
import { SOURCE_KIND_LABELS, type TranscriptFormat } from "~/domain/sources";
import { draftFor, type FormDraft, type RefusedForm } from "./claim-draft";
import { SourceFields } from "./claim-source-fields";
import { TranscriptForm } from "./claim-transcript-form";
import { DateText } from "./date-text";
import { buttonClass, secondaryButtonClass } from "./form-field";
import { QuoteComparison } from "./quote-comparison";

type Source = ClaimPageData["sources"][number];

const outLink = "text-sky-800 underline";

const TRANSCRIPT_LABELS: Record<TranscriptFormat, string> = {
  text: "Transcript",
  vtt: "Transcript from WebVTT captions",
  srt: "Transcript from SubRip captions",
};

function CaptureStatus({ source }: { source: Source }) {
  if (source.transcriptFormat && source.capturedAt) {
    return (
      <p className="text-emerald-800">
        {TRANSCRIPT_LABELS[source.transcriptFormat]}, given on <DateText value={source.capturedAt} />
      </p>
    );
  }
  if (source.captureStatus === "captured" && source.capturedAt) {
    return (
      <p className="text-emerald-800">
        Captured on <DateText value={source.capturedAt} />
      </p>
    );
  }
  if (source.captureStatus === "failed") {
    return <p className="text-amber-800">Could not capture the page: {source.captureError ?? "no reason given"}</p>;
  }
  return <p className="text-stone-600">Not captured yet.</p>;
}

function RecheckStatus({ source }: { source: Source }) {
  if (!source.recheckStatus || !source.recheckedAt) return null;
  if (source.recheckStatus === "unchanged") {
    return (
      <p className="text-stone-600">
        Unchanged when re-checked on <DateText value={source.recheckedAt} />
      </p>
    );
  }
  return (
    <p className="rounded border border-red-300 bg-red-50 px-2 py-1 font-semibold text-red-800">
      {source.recheckStatus === "changed" ? "Changed" : "Gone"} when re-checked on{" "}
      <DateText value={source.recheckedAt} />
      {source.recheckNote ? <span className="font-normal">: {source.recheckNote}</span> : null}
    </p>
  );
}

interface SourceItemProps {
  source: Source;
  /** The claim is a quote: each source shows how faithful the quote is to it. */
  quoteClaim: boolean;
  version: number;
  editable: boolean;
  /** The refused edit of this source, shown again with what the user typed. */
  draft: FormDraft | null;
  /** Keep the edit panel open (after a refused edit or removal). */
  open: boolean;
}

function SourceItem({ source, quoteClaim, version, editable, draft, open }: SourceItemProps) {
  return (
    <li className="space-y-1 border-t border-stone-200 pt-3 text-sm first:border-t-0 first:pt-0">
      <p>
        <a href={source.url} rel="nofollow noopener" target="_blank" className={`font-medium ${outLink}`}>
          {source.title}
        </a>
        <span className="text-stone-600">
          {source.publisher ? ` · ${source.publisher}` : ""} · {SOURCE_KIND_LABELS[source.kind]}
        </span>
      </p>
      {source.passage ? (
        <blockquote className="border-l-4 border-stone-300 pl-3 font-serif">{source.passage}</blockquote>
      ) : null}
      <p className="text-stone-600">
        {source.accessedOn ? (
          <>
            Accessed <DateText value={source.accessedOn} />
          </>
        ) : (
          "No access date"
        )}
        {source.archiveUrl ? (
          <>
            {" · "}
            <a href={source.archiveUrl} rel="nofollow noopener" target="_blank" className={outLink}>
              archived copy
            </a>
          </>
        ) : null}
      </p>
      <CaptureStatus source={source} />
      <RecheckStatus source={source} />
      {quoteClaim && source.quoteCheck ? <QuoteComparison check={source.quoteCheck} /> : null}
      {quoteClaim && !source.quoteCheck && source.captureStatus !== "captured" ? (
        <p className="text-stone-600">The quote is checked against this source once its page is captured.</p>
      ) : null}
      {editable ? (
        <details open={open} className="rounded border border-stone-200 p-2">
          <summary className="cursor-pointer font-medium">Edit or remove this source</summary>
          <Form method="post" className="mt-2 space-y-3" key={`edit-${source.id}-${version}`}>
            <input type="hidden" name="intent" value="edit-source" />
            <input type="hidden" name="sourceId" value={source.id} />
            <input type="hidden" name="version" value={version} />
            <SourceFields
              idPrefix={`source-${source.id}`}
              values={draft?.values ?? source}
              errors={draft?.errors}
              transcript={source.transcriptFormat !== null}
            />
            <button type="submit" className={secondaryButtonClass}>
              Save source
            </button>
          </Form>
          <Form method="post" className="mt-3 border-t border-stone-200 pt-3" key={`remove-${source.id}-${version}`}>
            <input type="hidden" name="intent" value="remove-source" />
            <input type="hidden" name="sourceId" value={source.id} />
            <input type="hidden" name="version" value={version} />
            <button
              type="submit"
              className="rounded border border-red-300 bg-white px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50"
            >
              Remove “{source.title}” from this claim
            </button>
          </Form>
        </details>
      ) : null}
    </li>
  );
}

interface ClaimSourcesProps {
  claimId: number;
  quoteClaim: boolean;
  sources: Source[];
  version: number;
  /** Why sources cannot change in this state, or null when they can. */
  lockedReason: string | null;
  canRecheck: boolean;
  refused: RefusedForm | null;
}

/** The evidence: every source with what its capture and re-checks found, and the forms to change them. */
export function ClaimSources({
  claimId,
  quoteClaim,
  sources,
  version,
  lockedReason,
  canRecheck,
  refused,
}: ClaimSourcesProps) {
  const addDraft = draftFor(refused, "add-source");
  const transcriptDraft = draftFor(refused, "add-transcript");
  return (
    <section id="sources" aria-labelledby="sources-heading" className="rounded border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="sources-heading" className="font-semibold">
          Sources <span className="font-normal text-stone-500">({sources.length})</span>
        </h2>
        {canRecheck && sources.length > 0 ? (
          <Form method="post" action={`/claims/${claimId}/recheck-sources`}>
            <button type="submit" className={secondaryButtonClass}>
              Re-check sources
            </button>
          </Form>
        ) : null}
      </div>
      {sources.length === 0 ? <p className="mt-2 text-sm text-stone-600">No sources yet.</p> : null}
      <ul className="mt-3 space-y-3">
        {sources.map((source) => (
          <SourceItem
            key={source.id}
            source={source}
            quoteClaim={quoteClaim}
            version={version}
            editable={lockedReason === null}
            draft={draftFor(refused, "edit-source", source.id)}
            open={
              (draftFor(refused, "edit-source", source.id) ?? draftFor(refused, "remove-source", source.id)) !== null
            }
          />
        ))}
      </ul>
      {lockedReason ? (
        <p className="mt-3 text-sm text-stone-600">{lockedReason}</p>
      ) : (
        <details open={sources.length === 0 || addDraft !== null} className="mt-4 border-t border-stone-200 pt-3">
          <summary className="cursor-pointer text-sm font-medium">Add a source</summary>
          <Form method="post" className="mt-3 space-y-3" key={`add-source-${version}`}>
            <input type="hidden" name="intent" value="add-source" />
            <input type="hidden" name="version" value={version} />
            <SourceFields idPrefix="new-source" values={addDraft?.values} errors={addDraft?.errors} />
            <button type="submit" className={buttonClass}>
              Add source
            </button>
          </Form>
        </details>
      )}
      {lockedReason ? null : (
        <details open={transcriptDraft !== null} className="mt-4 border-t border-stone-200 pt-3">
          <summary className="cursor-pointer text-sm font-medium">Add a transcript</summary>
          <TranscriptForm version={version} quoteClaim={quoteClaim} draft={transcriptDraft} />
        </details>
      )}
    </section>
  );
}
