// Numeric-claim finder: pulls every number expression a fact-checker would verify out of article text.
// Hand-written scanning (no NLP library): `compromise` parses number words well but runs at ~0.1M chars/s
// and scored F1 0.81 on tests/fixtures/numeric-gold.jsonl, far below the engine's 1.7M chars/s budget, so it
// cannot sit in the hot path. One left-to-right pass over candidate positions; every check looks at a
// bounded window, so the run time is linear in the text.

import { type Amount, amountValue, ownUnit, readAmount } from "./numeric-amount";
import { isNotAClaim } from "./numeric-claim-filter";
import { countedNounAfter } from "./numeric-counted-noun";
import { qualifierBefore } from "./numeric-qualifiers";
import { readRange, swallowDashedDigits } from "./numeric-ranges";
import { CURRENCY_SIGN_START_PATTERN } from "./numeric-units";
import { NUMBER_WORD_START_PATTERN } from "./numeric-words";

export interface NumericMatch {
  start: number;
  end: number;
  text: string;
  value: number;
  unit: string | null;
  qualifier: string | null;
}

/** Where a number can begin: a digit, a currency sign, a sign or point before digits, or a word. */
const CANDIDATE = new RegExp(
  `[0-9½¼¾⅓⅔$£€¥₹₦₩₽]|[-−.](?=[0-9])|\\b(?:${NUMBER_WORD_START_PATTERN}|${CURRENCY_SIGN_START_PATTERN}|minus\\b)`,
  "gi",
);
const HYPHEN_COMPOUND = /-([a-z]+(?:-[a-z]+)*)/y;

/** Every numeric claim in `text`, sorted by start and non-overlapping. Pure; never throws. */
export function findNumbers(text: string): NumericMatch[] {
  const matches: NumericMatch[] = [];
  const candidates = new RegExp(CANDIDATE);
  for (let found = candidates.exec(text); found; found = candidates.exec(text)) {
    const resumeAt = readClaim(text, found.index, matches);
    candidates.lastIndex = Math.max(resumeAt, found.index + 1);
  }
  return matches;
}

/** Reads the figure (or the two ends of a range) at `start` into `matches`; returns where scanning resumes. */
function readClaim(text: string, start: number, matches: NumericMatch[]): number {
  const first = readAmount(text, start);
  if (first === null) return start + 1;
  if ("skipTo" in first) return first.skipTo;
  if (isNotAClaim(text, first)) return swallowDashedDigits(text, first.end);

  const range = readRange(text, first);
  if (range === null) {
    pushMatch(text, first, qualifierBefore(text, first.start), ownUnit(first) ?? unitAfter(text, first.end), matches);
    return first.end;
  }
  if ("skipTo" in range) return range.skipTo;
  const secondUnit = ownUnit(range.second) ?? ownUnit(range.first) ?? unitAfter(text, range.second.end);
  const firstQualifier = range.bounds ? "min" : qualifierBefore(text, first.start);
  pushMatch(text, range.first, firstQualifier, ownUnit(range.first) ?? secondUnit, matches);
  pushMatch(text, range.second, range.bounds ? "max" : null, secondUnit, matches);
  return range.second.end;
}

/** "a 70-year-old" -> "year-old"; otherwise the counted noun phrase. */
function unitAfter(text: string, end: number): string | null {
  HYPHEN_COMPOUND.lastIndex = end;
  return HYPHEN_COMPOUND.exec(text)?.[1] ?? countedNounAfter(text, end);
}

function pushMatch(
  text: string,
  amount: Amount,
  qualifier: string | null,
  unit: string | null,
  matches: NumericMatch[],
): void {
  const value = amountValue(amount);
  if (!Number.isFinite(value)) return;
  const { start, end } = amount;
  matches.push({ start, end, text: text.slice(start, end), value, unit, qualifier });
}
