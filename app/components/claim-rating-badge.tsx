import { textColourOn } from "~/domain/ledger/contrast";

/** A rating in the scale's own colour, its text black or white, whichever reads better on it. */
export function RatingBadge({ rating }: { rating: { label: string; colour: string } }) {
  return (
    <span
      className="inline-block rounded px-2 py-0.5 text-sm font-semibold"
      style={{ backgroundColor: rating.colour, color: textColourOn(rating.colour) }}
    >
      {rating.label}
    </span>
  );
}
