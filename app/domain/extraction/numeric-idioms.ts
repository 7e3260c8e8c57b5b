// Number words and figures used idiomatically rather than as counts: "one of the", "no one", "net zero",
// "three times as many", and capitalised number words inside names ("Air Force One").

const MULTIPLIER_AFTER =
  / times (?:as|more|less|higher|lower|larger|smaller|bigger|greater|faster|slower|the|that|what|over)\b/y;

/** "three times as many", "10 times the rate": a ratio, not a count. */
export function precedesMultiplier(text: string, end: number): boolean {
  MULTIPLIER_AFTER.lastIndex = end;
  return MULTIPLIER_AFTER.test(text);
}

const SENTENCE_OPENING = /[.!?:;"“‘'(\n—–•·*-]/;

/** A capitalised number word inside a sentence is part of a name: "Air Force One", "Formula One",
 *  "the Big Ten". */
export function isCapitalisedMidSentence(text: string, start: number): boolean {
  if (!/[A-Z]/.test(text[start] ?? "")) return false;
  let index = start - 1;
  const limit = Math.max(0, start - 8);
  while (index >= limit && text[index] === " ") index--;
  return index >= 0 && !SENTENCE_OPENING.test(text[index] ?? "");
}

/** "net zero", "ground zero", "zero tolerance", "zero-sum": zero as a label, not a count. */
export function isIdiomaticZero(text: string, start: number, end: number): boolean {
  return (
    /(?:^|[^A-Za-z])(?:net|ground|absolute|patient) $/i.test(text.slice(Math.max(0, start - 9), start)) ||
    /^(?:-[A-Za-z]| tolerance\b)/i.test(text.slice(end, end + 10))
  );
}

/** Words after "one" that make it a pronoun or an idiom: "one of the", "one day", "one another". */
const ONE_IDIOM_NEXT =
  /^(?:[ -](?:of|another|day|time|thing|things|point|way|hand|side|who|whom|that|which|is|was|has|had|said|says|can|could|would|should|must|might|may|will|does|did|or|on|off|by|sided|liner|stop|size|shot|after|such|last)\b|[.,;:!?)"”’]|$)/i;

/** "one senior official said": an anonymous source, not a count. */
const ONE_SOURCE = /^(?: [A-Za-z-]+){1,3} (?:said|says|told|added|wrote|noted|explained)\b/;

/** Words before "one" that make it a pronoun: "no one", "the one who", "said one official". */
const ONE_IDIOM_PREVIOUS =
  /(?:^|[^A-Za-z])(?:no|any|every|each|the|this|that|which|someone|anyone|little|at|said|says|told|added) $/i;

/** Spelled-out "one" counts only as an explicit count ("one person was killed", "only one of the three"),
 *  not in "the only one who". */
export function isIdiomaticOne(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 14), start);
  if (/(?:^|[^A-Za-z])(?<!the )(?:only|just|exactly) $/i.test(before)) return false;
  const after = text.slice(end, end + 40);
  return ONE_IDIOM_PREVIOUS.test(before) || ONE_IDIOM_NEXT.test(after) || ONE_SOURCE.test(after);
}
