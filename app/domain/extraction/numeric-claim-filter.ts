// Decides whether a number that was read is a numeric claim at all, combining the context checks of
// numeric-labels.ts and numeric-idioms.ts. Figures with a currency, percent or measure are always claims.

import type { Amount } from "./numeric-amount";
import { isCapitalisedMidSentence, isIdiomaticOne, isIdiomaticZero, precedesMultiplier } from "./numeric-idioms";
import { followsLabel, followsName, isEmergencyNumber, precedesMonth, precedesStreetName } from "./numeric-labels";

export function isNotAClaim(text: string, amount: Amount): boolean {
  if (amount.currency || amount.percent || amount.measure) return false;
  if (precedesMultiplier(text, amount.end)) return true;
  if (amount.digits === null) {
    return (
      isCapitalisedMidSentence(text, amount.start) ||
      (amount.loneWord === "one" && isIdiomaticOne(text, amount.start, amount.end)) ||
      (amount.loneWord === "zero" && isIdiomaticZero(text, amount.start, amount.end))
    );
  }
  return amount.multiplier === 1 && isLabelOrDate(text, amount, amount.digits);
}

/** A bare integer that is a year, an identifier, a date or a street number. */
function isLabelOrDate(text: string, amount: Amount, digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  const isYear = digits.length === 4 && amount.base >= 1700 && amount.base <= 2099 && !amount.negative;
  const isCode = (digits.length > 1 && digits.startsWith("0")) || digits.length >= 7;
  return (
    isYear ||
    isCode ||
    followsLabel(text, amount.start) ||
    (followsName(text, amount.start) && !precedesScore(text, amount.end)) ||
    (amount.base <= 31 && precedesMonth(text, amount.end)) ||
    isEmergencyNumber(text, amount.start, digits) ||
    precedesStreetName(text, amount.end)
  );
}

/** "beat Chelsea 2-1", "passed the Senate 68 to 32": a name before a score or tally is not a label. */
function precedesScore(text: string, end: number): boolean {
  return /^(?:[-–]| to )\d/.test(text.slice(end, end + 5));
}
