import { useFetcher } from "@remix-run/react";
import { useEffect } from "react";
import type { loader } from "~/routes/claims.$claimId.similar";
import type { SimilarClaimView } from "./said-before";

/** Earlier claims like the selected one: from the page's own data for the claim it was loaded with,
 *  fetched for a claim selected since; null while they are being looked up. */
export function useSimilarClaims(
  selectedId: number | null,
  loadedId: number | null,
  loadedSimilar: SimilarClaimView[],
): SimilarClaimView[] | null {
  const fetcher = useFetcher<typeof loader>();
  const { load } = fetcher;
  useEffect(() => {
    if (selectedId !== null && selectedId !== loadedId) load(`/claims/${selectedId}/similar`);
  }, [selectedId, loadedId, load]);
  if (selectedId === loadedId) return loadedSimilar;
  return fetcher.data?.claimId === selectedId ? fetcher.data.similar : null;
}
