import { useMemo } from "react";
import { enclosingSentence, findSentences } from "~/domain/extraction/sentences";
import type { ClaimView } from "./claim-view";

/** The sentence a numeric claim is shown in (claimDisplay), null for other claims. The article page does
 *  not carry each claim's sentence (thousands of them would weigh on it): it is read from the body, as
 *  extraction read it. */
export function useClaimSentences(body: string): (claim: Pick<ClaimView, "kind" | "start" | "end">) => string | null {
  return useMemo(() => {
    const sentences = findSentences(body);
    return ({ kind, start, end }) =>
      kind === "numeric" ? enclosingSentence(body, sentences, start, end).sentence : null;
  }, [body]);
}
