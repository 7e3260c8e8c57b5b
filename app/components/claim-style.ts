import type { ClaimKind, ClaimState } from "~/domain/claim-states";

// One colour per kind of claim, used in the text (classes in tailwind.css) and in the list, so the two read as one.
export const KIND_BADGE: Record<ClaimKind, string> = {
  quote: "badge-quote",
  numeric: "badge-numeric",
  statement: "badge-statement",
};

export function highlightClass(kind: ClaimKind, state: ClaimState, selected: boolean): string {
  const colour = state === "dismissed" ? "claim-dismissed" : `hl-${kind}`;
  return selected ? `hl ${colour} hl-selected` : `hl ${colour}`;
}
