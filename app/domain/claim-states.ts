// The states a claim moves through. Extraction proposes candidates; a fact-checker accepts one
// (it is then being researched) or dismisses it. The review workflow adds the later states.
export const CLAIM_STATES = ["candidate", "dismissed", "researching"] as const;
export type ClaimState = (typeof CLAIM_STATES)[number];

export const CLAIM_KINDS = ["quote", "numeric", "statement"] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const CLAIM_STATE_LABELS: Record<ClaimState, string> = {
  candidate: "Candidate",
  dismissed: "Dismissed",
  researching: "For checking",
};

export const CLAIM_KIND_LABELS: Record<ClaimKind, string> = {
  quote: "Quote",
  numeric: "Number",
  statement: "Statement",
};
