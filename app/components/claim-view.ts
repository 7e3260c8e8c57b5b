import type { AttributionFacts } from "~/domain/attribution-evidence";
import type { ClaimKind, ClaimState } from "~/domain/claim-states";

/** What the article page shows of a claim. */
export interface ClaimView extends AttributionFacts {
  id: number;
  kind: ClaimKind;
  text: string;
  start: number;
  end: number;
  anchorLost: boolean;
  speakerName: string | null;
  speakerTitle: string | null;
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  state: ClaimState;
  version: number;
  assigneeName: string | null;
  repeatOfId: number | null;
}

export const claimRef = (claim: Pick<ClaimView, "id" | "version">) => `${claim.id}:${claim.version}`;

/** Claims grouped by who said them, in order of first appearance; unattributed ones last. */
export function groupBySpeaker<Claim extends Pick<ClaimView, "speakerName">>(
  claims: Claim[],
): { speaker: string | null; claims: Claim[] }[] {
  const groups = new Map<string | null, Claim[]>();
  for (const claim of claims) {
    const group = groups.get(claim.speakerName);
    if (group) group.push(claim);
    else groups.set(claim.speakerName, [claim]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => Number(a === null) - Number(b === null))
    .map(([speaker, grouped]) => ({ speaker, claims: grouped }));
}
