// Two figures joined into a range or score: "10-20", "$10m–$20m", "10 to 20 percent", "between 2 and 3 million",
// "a 52-48 lead". Each end stays its own match; suffixes written once are shared.

import { type Amount, amountValue, ownUnit, readAmount, type Skip } from "./numeric-amount";
import { isNotAClaim } from "./numeric-claim-filter";
import { rangeOpenerBefore } from "./numeric-qualifiers";

export interface Range {
  /** The first end, with any magnitude, percent or currency it shares with the second. */
  first: Amount;
  second: Amount;
  /** The ends are bounds ("min"/"max"); false for scores, tallies and "from … to" changes. */
  bounds: boolean;
}

const CONNECTOR = / ?[-–—] ?(?=[$£€¥₹\d])| (?:to|and) /y;
const FOLLOWING_DASHED_DIGITS = /^[-–/]\d/;

/** The range that `first` opens, a Skip when the pair is a phone number or a longer dashed code,
 *  or null when no second figure follows. */
export function readRange(text: string, first: Amount): Range | Skip | null {
  CONNECTOR.lastIndex = first.end;
  const connector = CONNECTOR.exec(text)?.[0];
  if (connector === undefined) return null;
  const second = readAmount(text, first.end + connector.length);
  if (second === null || "skipTo" in second || !isPairable(first, second, connector) || isNotAClaim(text, second)) {
    return null;
  }
  if (FOLLOWING_DASHED_DIGITS.test(text.slice(second.end, second.end + 2)) || looksLikePhone(first, second)) {
    return { skipTo: swallowDashedDigits(text, second.end) };
  }
  const opener = rangeOpenerBefore(text, first.start);
  const isAnd = connector === " and ";
  const shared = shareSuffixes(first, second);
  // "5 and 10 were injured": two separate figures that happen to be joined by "and".
  if (isAnd && opener !== "between" && shared === first) return null;
  const bounds = opener === "between" || (!isAnd && opener !== "from" && amountValue(shared) < amountValue(second));
  return { first: shared, second, bounds };
}

/** A skipped label or date takes its dashed tail with it: "Jan. 3-7", "2025-26", "I-95". */
export function swallowDashedDigits(text: string, end: number): number {
  let position = end;
  while (FOLLOWING_DASHED_DIGITS.test(text.slice(position, position + 2))) {
    position++;
    while (/\d/.test(text[position] ?? "")) position++;
  }
  return position;
}

/** Two ends of one range carry the same unit, or only one of them has it ("10 to 20 percent", "$10-20m");
 *  "fell 0.1% to $705 billion" and "rose 5% to 300" are two figures. */
function isPairable(first: Amount, second: Amount, connector: string): boolean {
  const firstUnit = ownUnit(first);
  const secondUnit = ownUnit(second);
  return firstUnit === null || firstUnit === secondUnit || (secondUnit === null && /[-–—]/.test(connector));
}

/** "555-123-4567" and "123-4567". */
function looksLikePhone(first: Amount, second: Amount): boolean {
  return /^\d{3}$/.test(first.digits ?? "") && /^\d{4}$/.test(second.digits ?? "");
}

/** A percent, magnitude or currency written only on the second number applies to both:
 *  "between 2 and 3 million", "10-20%", "$10-20m". A magnitude is shared only upwards ("500 to 2 million" is not). */
function shareSuffixes(first: Amount, second: Amount): Amount {
  const sharesMagnitude = first.multiplier === 1 && second.multiplier > 1 && first.base < second.base;
  const sharesPercent = first.percent === null && second.percent !== null;
  const sharesCurrency = first.currency === null && second.currency !== null;
  if (!sharesMagnitude && !sharesPercent && !sharesCurrency) return first;
  return {
    ...first,
    multiplier: sharesMagnitude ? second.multiplier : first.multiplier,
    percent: first.percent ?? second.percent,
    currency: first.currency ?? second.currency,
  };
}
