import { type ClaimDisplay, type ClaimWordsFacts, claimDisplay } from "~/domain/claim-display";

/** A display's parts, the figure marked; no quotation marks (for a caller that adds its own). */
export function ClaimDisplayParts({ display }: { display: ClaimDisplay }) {
  return (
    <>
      {display.parts.map((part, index) =>
        part.figure ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts never move
          <mark key={index} className="claim-figure rounded bg-amber-100 px-0.5 font-semibold text-stone-900">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/** A claim as it is shown everywhere (see claimDisplay): a numeric claim in its sentence with the
 *  figure marked, a quote in quotation marks without the attribution's comma. */
export function ClaimWords({ claim }: { claim: ClaimWordsFacts }) {
  const display = claimDisplay(claim);
  return (
    <>
      {display.quoted ? "“" : null}
      <ClaimDisplayParts display={display} />
      {display.quoted ? "”" : null}
    </>
  );
}
