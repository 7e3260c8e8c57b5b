/** Black or white, whichever reads better on the background (WCAG relative luminance). */
export function readableTextColour(background: string): string {
  const channels = [1, 3, 5].map((at) => Number.parseInt(background.slice(at, at + 2), 16) / 255);
  const [red = 0, green = 0, blue = 0] = channels.map((channel) =>
    channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4,
  );
  const luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue;
  return luminance > 0.179 ? "#1c1917" : "#ffffff";
}

/** A rating in the scale's own colour. */
export function RatingBadge({ rating }: { rating: { label: string; colour: string } }) {
  return (
    <span
      className="inline-block rounded px-2 py-0.5 text-sm font-semibold"
      style={{ backgroundColor: rating.colour, color: readableTextColour(rating.colour) }}
    >
      {rating.label}
    </span>
  );
}
