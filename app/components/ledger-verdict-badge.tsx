import { textColourOn } from "~/domain/ledger/contrast";

/** A verdict's label on the rating's colour, with black or white text, whichever reads better. */
export function LedgerVerdictBadge({
  label,
  colour,
  large = false,
}: {
  label: string;
  colour: string;
  large?: boolean;
}) {
  return (
    <span
      className={`inline-block rounded font-semibold ${large ? "px-3 py-1 text-base" : "px-2 py-0.5 text-sm"}`}
      style={{ backgroundColor: colour, color: textColourOn(colour) }}
    >
      {label}
    </span>
  );
}
