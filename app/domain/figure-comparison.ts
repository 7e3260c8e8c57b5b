// A numeric claim is checked as a number: the claimed figure against the reference figure.

export interface FigureComparison {
  /** claimed − reference */
  difference: number;
  /** The difference as a share of the reference (0.29 for 29% too high); null when the reference is 0. */
  ratio: number | null;
  /** How a reader sees it: "+29%", "−8%", "exact", or the plain difference when the reference is 0. */
  label: string;
}

const percent = new Intl.NumberFormat("en", { maximumFractionDigits: 1 });
const plain = new Intl.NumberFormat("en", { maximumFractionDigits: 2, signDisplay: "exceptZero" });

export function compareFigures(claimed: number, reference: number): FigureComparison {
  const difference = claimed - reference;
  if (difference === 0) return { difference, ratio: 0, label: "exact" };
  if (reference === 0) return { difference, ratio: null, label: plain.format(difference).replace("-", "−") };
  const ratio = difference / Math.abs(reference);
  const shown = percent.format(Math.abs(ratio * 100));
  // Rounded to nothing, a real difference would read as "+0%"; say it is under 0.1% instead.
  const magnitude = shown === "0" ? "<0.1" : shown;
  return { difference, ratio, label: `${ratio > 0 ? "+" : "−"}${magnitude}%` };
}
