import { asc, eq } from "drizzle-orm";
import type { ClaimAction } from "~/domain/claim-workflow";
import { AppError } from "~/domain/errors";
import { uncapturedSourcesWarning } from "~/domain/sources";
import type { Database } from "../db/database-types";
import { sources } from "../db/schema/all-tables";

// The claim page asks an editor to confirm two things the rules allow but a person should see first:
// that some sources have no captured copy (at approval and publication), and what readers will see
// (publication goes through a preview of the public page). The API takes the rules alone.

/** What the person confirmed in the form they sent. */
export interface Confirmations {
  /** Publishing from the preview of the public page. */
  previewed: boolean;
  /** Going on although some sources could not be captured. */
  uncapturedSources: boolean;
}

export const PREVIEW_FIRST = "Check the preview of the public page first, then confirm publishing from it.";

/** Refuses (422, nothing written) an approval or publication that still needs the person's confirmation;
 *  the field named in the error is where the form asks for it. */
export async function requireConfirmations(
  tx: Database,
  claimId: number,
  action: ClaimAction,
  confirmed: Confirmations,
): Promise<void> {
  if (action !== "approve" && action !== "publish") return;
  if (action === "publish" && !confirmed.previewed) {
    throw new AppError(422, "confirm", PREVIEW_FIRST, { confirmPublish: PREVIEW_FIRST });
  }
  if (confirmed.uncapturedSources) return;
  const attached = await tx
    .select({ title: sources.title, captureStatus: sources.captureStatus })
    .from(sources)
    .where(eq(sources.claimId, claimId))
    .orderBy(asc(sources.id));
  const warning = uncapturedSourcesWarning(attached);
  if (warning) throw new AppError(422, "confirm", warning, { confirmUncaptured: warning });
}
