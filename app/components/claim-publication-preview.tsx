import { Form, Link } from "@remix-run/react";
import type { OfferedAction } from "~/.server/claims/claim-page";
import type { PublishedDocument, PublishedVerdict } from "~/domain/ledger/published-document";
import { type CaptureStatus, uncapturedSourcesWarning } from "~/domain/sources";
import type { FormDraft } from "./claim-draft";
import { NoteField, UncapturedSourcesConfirm } from "./claim-workflow-actions";
import { buttonClass, secondaryButtonClass } from "./form-field";
import { LedgerClaimRecord } from "./ledger-claim-record";

interface ClaimPublicationPreviewProps {
  claimId: number;
  preview: {
    document: PublishedDocument;
    rationaleHtml: string;
    corrections: { verdict: PublishedVerdict; rationaleHtml: string }[];
    newsroomName: string;
  };
  /** The publish step as the rules offer it (with a correction note to write when republishing). */
  publishing: OfferedAction | null;
  sources: { title: string; captureStatus: CaptureStatus }[];
  version: number;
  /** The refused confirmation, to show again with its note. */
  draft: FormDraft | null;
}

/** Publishing's first step: the public page exactly as the ledger will show it (the document publication
 *  builds, drawn by the ledger's own component), then the form that confirms it. */
export function ClaimPublicationPreview({
  claimId,
  preview,
  publishing,
  sources,
  version,
  draft,
}: ClaimPublicationPreviewProps) {
  const uncaptured = uncapturedSourcesWarning(sources);
  const mine = draft?.values.to === "published" ? draft : null;
  return (
    <section
      id="publish-preview"
      aria-labelledby="publish-preview-heading"
      className="rounded border-2 border-sky-700 bg-white p-4"
    >
      <h2 id="publish-preview-heading" className="text-lg font-semibold">
        Preview of the public page
      </h2>
      <p className="mt-1 text-sm text-stone-600">
        This is what readers will see on the ledger once it is published. Nothing is public yet.
      </p>
      <div className="mt-3 rounded border border-stone-200 bg-stone-50 p-3 sm:p-4">
        <LedgerClaimRecord
          document={preview.document}
          underReview={false}
          ratingColour={preview.document.verdict.rating.colour}
          rationaleHtml={preview.rationaleHtml}
          corrections={preview.corrections}
          newsroomName={preview.newsroomName}
          placement="preview"
        />
      </div>
      {publishing ? (
        <Form method="post" action={`/claims/${claimId}?preview=publish`} className="mt-4 space-y-3">
          <input type="hidden" name="intent" value="transition" />
          <input type="hidden" name="to" value="published" />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="confirmPublish" value="yes" />
          {publishing.needsNote ? <NoteField offered={publishing} draft={mine} /> : null}
          {uncaptured ? <UncapturedSourcesConfirm warning={uncaptured} action="publish" /> : null}
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" className={buttonClass}>
              {publishing.needsNote ? "Confirm and publish the correction" : "Confirm and publish"}
            </button>
            <Link to={`/claims/${claimId}#workflow`} className={secondaryButtonClass}>
              Not yet
            </Link>
          </div>
        </Form>
      ) : null}
    </section>
  );
}
