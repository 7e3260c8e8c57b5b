import type { ClaimKind, ClaimState } from "~/domain/claim-states";

// One colour per kind of claim, used in the text and in the list so the two read as one.
export const KIND_HIGHLIGHT: Record<ClaimKind, string> = {
  quote: "bg-amber-100 decoration-amber-500",
  numeric: "bg-sky-100 decoration-sky-600",
  statement: "bg-emerald-100 decoration-emerald-600",
};

export const KIND_BADGE: Record<ClaimKind, string> = {
  quote: "bg-amber-200 text-amber-950",
  numeric: "bg-sky-200 text-sky-950",
  statement: "bg-emerald-200 text-emerald-950",
};

export function highlightClass(kind: ClaimKind, state: ClaimState, selected: boolean): string {
  return [
    "rounded-sm underline decoration-2 underline-offset-4",
    state === "dismissed" ? "claim-dismissed bg-stone-100 decoration-stone-400" : KIND_HIGHLIGHT[kind],
    selected ? "outline-2 outline-offset-1 outline-stone-900" : "",
  ].join(" ");
}
