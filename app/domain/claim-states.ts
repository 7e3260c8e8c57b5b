// The states a claim moves through. Extraction proposes candidates; a fact-checker accepts one
// (it is then being researched) or dismisses it; a researched claim with a drafted verdict goes to
// review, an editor who did not write that verdict approves it, and an editor publishes it.
export const CLAIM_STATES = ["candidate", "dismissed", "researching", "in_review", "approved", "published"] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

export const CLAIM_KINDS = ["quote", "numeric", "statement"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const CLAIM_STATE_LABELS: Record<ClaimState, string> = {
  candidate: "Candidate",
  dismissed: "Dismissed",
  researching: "Researching",
  in_review: "In review",
  approved: "Approved",
  published: "Published",
};

export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  quote: "Quote",
  numeric: "Number",
  statement: "Statement",
};
