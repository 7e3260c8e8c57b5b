import type { ClaimState } from "~/domain/claim-states";
import {
  actionsFrom,
  type ChecklistItem,
  type ClaimAction,
  decideTransition,
  reviewChecklist,
  targetOf,
  type WorkflowActor,
  workflowClaimFrom,
} from "~/domain/claim-workflow";
import { figuresInSources } from "~/domain/figure-match";
import { researchLockedReason } from "~/domain/research-rules";
import { hasRole } from "~/domain/roles";
import { MAX_SUMMARY_LENGTH } from "~/domain/schemas/review";
import type { Database } from "../db/database-types";
import { renderMarkdown } from "../markdown";
import { publicationPreview } from "../review/publication-preview";
import { listRatings } from "../review/ratings";
import { type ClaimRecord, getClaimRecord } from "./claim-record";

/** A workflow step leading out of the claim's state, as the claim page offers it to one person. */
export interface OfferedAction {
  action: ClaimAction;
  to: ClaimState;
  /** The rules want a note for this step (a reason, what to look at again, a correction note). */
  needsNote: boolean;
  /** Why the rules would refuse it even with a note; a 403 means it is not this person's to do. */
  refusal: { status: 403 | 409 | 422; reason: string } | null;
  /** For sending for review: what it needs, each item met or not (the rule's own list). */
  checklist: ChecklistItem[] | null;
}

/** Asks the workflow rules what this person could do next, so the page shows only the buttons that make
 *  sense; the server still decides again when one is pressed. */
function offeredActions(record: ClaimRecord, viewer: WorkflowActor): OfferedAction[] {
  const claim = workflowClaimFrom({
    ...record.claim,
    sourceCount: record.sources.length,
    currentVerdict: record.currentVerdict,
  });
  return actionsFrom(record.claim.state).map((action) => {
    const to = targetOf(action);
    const bare = decideTransition(claim, action, viewer);
    const noted = decideTransition(claim, action, viewer, { note: "a note" });
    return {
      action,
      to,
      needsNote: !bare.allowed && noted.allowed,
      refusal: noted.allowed ? null : { status: noted.status, reason: noted.reason },
      checklist: action === "submit" ? reviewChecklist(claim) : null,
    };
  });
}

// The captured copy of a page (and a transcript's cue times) can be half a megabyte: the page shows only
// when and whether it was made.
const withoutCapture = <Source extends { capturedText: string | null; transcriptTimes: unknown }>({
  capturedText: _capturedText,
  transcriptTimes: _transcriptTimes,
  ...source
}: Source) => source;

export type ClaimPageData = Awaited<ReturnType<typeof loadClaimPage>>;

/** Everything the claim page shows one signed-in person: the claim record with rationales rendered
 *  (sanitised), the rating scale, and the workflow steps the rules offer them; with `previewPublication`,
 *  the public page that publishing would make, when publishing is theirs to do. */
export async function loadClaimPage(
  db: Database,
  viewer: WorkflowActor,
  claimId: number,
  { previewPublication = false } = {},
) {
  const [record, ratings] = await Promise.all([getClaimRecord(db, claimId), listRatings(db)]);
  const actions = offeredActions(record, viewer);
  const publishing = actions.find((action) => action.action === "publish" && action.refusal?.status !== 403);
  const verdicts = record.verdicts.map((verdict) => ({
    ...verdict,
    rationaleHtml: renderMarkdown(verdict.rationale),
  }));
  return {
    ...record,
    /** For a numeric claim, the figures its captured sources give for what it counts. */
    figuresInSources: record.claim.kind === "numeric" ? figuresInSources(record.claim, record.sources) : [],
    sources: record.sources.map(withoutCapture),
    reference: record.reference && {
      ...record.reference,
      source: record.reference.source && withoutCapture(record.reference.source),
    },
    verdicts,
    currentVerdict: verdicts.at(-1) ?? null,
    ratings: ratings.map(({ id, label, description, colour }) => ({ id, label, description, colour })),
    researchLockedReason: researchLockedReason(record.claim.state),
    summaryMaxLength: MAX_SUMMARY_LENGTH,
    actions,
    publicationPreview: previewPublication && publishing ? await publicationPreview(db, claimId) : null,
    /** Re-fetching every source is an editor's call (it is their button). */
    canRecheckSources: hasRole(viewer.role, "editor"),
  };
}
