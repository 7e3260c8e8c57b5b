import type { ClaimPageData } from "~/.server/claims/claim-page";
import { SaidBefore } from "./said-before";

interface ClaimSimilarProps {
  similar: ClaimPageData["similar"];
  repeatOfId: number | null;
  version: number;
}

/** The claim page's "Similar claims": earlier claims that say the same thing; one can be marked as the
 *  first time this was said. */
export function ClaimSimilar({ similar, repeatOfId, version }: ClaimSimilarProps) {
  return (
    <section id="similar" aria-labelledby="similar-heading" className="rounded border border-stone-200 bg-white p-4">
      <h2 id="similar-heading" className="font-semibold">
        Similar claims
      </h2>
      <SaidBefore
        similar={similar}
        repeatOfId={repeatOfId}
        repeatFields={<input type="hidden" name="version" value={version} />}
      />
    </section>
  );
}
