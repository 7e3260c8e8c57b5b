// Numbers that are not numeric claims: identifiers and names ("COVID-19", "Boeing 737", "Air Force One"),
// dates and times ("Jan. 5", "5 January", "3 p.m.", "10:30"), addresses, idiomatic "one", multipliers.
// Each check looks at a few characters around the number only, so the scan stays linear.

/** Abbreviations that make the following number a label or a date: "No. 10", "Art. 5", "Jan. 5", "H.R. 1". */
const LABEL_ABBREVIATIONS = new Set([
  "no",
  "nos",
  "h.r",
  "s",
  "art",
  "sec",
  "vol",
  "ch",
  "fig",
  "p",
  "pp",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);

/** Lower-case nouns that label the number after them: "page 5", "route 66", "stage 4", "top 10". */
const LABEL_NOUNS = new Set([
  "page",
  "pages",
  "section",
  "chapter",
  "article",
  "room",
  "route",
  "highway",
  "interstate",
  "district",
  "flight",
  "item",
  "table",
  "episode",
  "season",
  "verse",
  "precinct",
  "ward",
  "gate",
  "platform",
  "exit",
  "number",
  "model",
  "version",
  "grade",
  "category",
  "stage",
  "phase",
  "tier",
  "zone",
  "suite",
  "apartment",
  "box",
  "code",
  "round",
  "game",
  "hole",
  "level",
  "rule",
  "amendment",
  "proposition",
  "bill",
  "act",
  "terminal",
  "lane",
  "floor",
  "channel",
  "track",
  "top",
]);

/** Capitalised words that start sentences or precede counts without naming anything: "The 300 workers". */
const CAPITALISED_FUNCTION_WORDS = new Set([
  "the",
  "a",
  "an",
  "about",
  "around",
  "some",
  "over",
  "under",
  "nearly",
  "almost",
  "roughly",
  "approximately",
  "only",
  "just",
  "all",
  "another",
  "those",
  "these",
  "its",
  "his",
  "her",
  "their",
  "our",
  "my",
  "your",
  "last",
  "of",
  "in",
  "on",
  "at",
  "by",
  "for",
  "from",
  "with",
  "and",
  "but",
  "or",
  "since",
  "until",
  "after",
  "before",
  "exactly",
  "between",
  "up",
  "to",
  "fewer",
  "less",
  "more",
  "than",
  "least",
  "estimated",
  "each",
  "every",
  "what",
  "when",
  "while",
  "if",
  "we",
  "they",
  "he",
  "she",
  "it",
  "i",
  "you",
  "there",
  "here",
  "that",
  "this",
  "yet",
  "still",
  "nor",
  "so",
  "also",
  "then",
  "like",
  "as",
  "per",
  "among",
  "within",
  "during",
  "against",
  "without",
  "despite",
  "through",
  "across",
  "into",
  "even",
  "fully",
  "barely",
  "perhaps",
  "maybe",
  "possibly",
  "many",
  "both",
  "now",
  "today",
  "yesterday",
  "currently",
  "down",
  "including",
  "once",
]);

/** The word (letters, "&", ".") right before `start` with one space between, or null. */
function wordBefore(text: string, start: number): string | null {
  if (text[start - 1] !== " ") return null;
  let from = start - 1;
  const limit = Math.max(0, start - 24);
  while (from > limit && /[A-Za-z.&]/.test(text[from - 1] ?? "")) from--;
  const word = text.slice(from, start - 1);
  return word.length > 0 ? word : null;
}

const MONTHS = new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);

/** A bare integer right after a label or a month: "Section 230", "page 5", "No. 10", "Jan. 5", "March 3". */
export function followsLabel(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  if (word === null) return false;
  if (word.endsWith(".")) return LABEL_ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());
  const lower = word.toLowerCase();
  return LABEL_NOUNS.has(lower) || (MONTHS.has(lower) && /^[A-Z]/.test(word));
}

/** A bare integer right after a capitalised name: "Boeing 737", "Apollo 11", "FTSE 100". */
export function followsName(text: string, start: number): boolean {
  const word = wordBefore(text, start);
  return word !== null && /^[A-Z][^.]*$/.test(word) && !CAPITALISED_FUNCTION_WORDS.has(word.toLowerCase());
}

const MONTH_AFTER =
  /^ (?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;

/** "5 January", "21 Sept". */
export function precedesMonth(text: string, end: number): boolean {
  return MONTH_AFTER.test(text.slice(end, end + 11));
}

const STREET_AFTER =
  /^(?: [A-Z][A-Za-z]*\.?){1,3} (?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Way|Place|Court|Square|Terrace|Parkway)\b/;

/** "1600 Pennsylvania Avenue", "10 Downing Street", "300 S. Fourth St.". */
export function precedesStreetName(text: string, end: number): boolean {
  return STREET_AFTER.test(text.slice(end, end + 48));
}

const EMERGENCY_NUMBER = /(?:^|[^A-Za-z])(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing|dialling) $/i;

/** "called 911", "dial 999": a phone number, not a count. */
export function isEmergencyNumber(text: string, start: number, digits: string): boolean {
  return /^(?:911|999|112|000)$/.test(digits) && EMERGENCY_NUMBER.test(text.slice(Math.max(0, start - 9), start));
}

const TIME_AFTER = /^(?::\d| ?[ap]\.?m\b| ?[AP]M\b| o'clock| (?:GMT|BST|EST|EDT|PST|PDT|CET|UTC|ET|PT)\b)/;

/** "3 p.m.", "3pm", "10:30", "1400 GMT". */
export function precedesTimeMarker(text: string, end: number): boolean {
  return TIME_AFTER.test(text.slice(end, end + 8));
}

const MULTIPLIER_AFTER =
  / times (?:as|more|less|higher|lower|larger|smaller|bigger|greater|faster|slower|the|that|what|over)\b/y;

/** "three times as many", "10 times the rate": a ratio, not a count. */
export function precedesMultiplier(text: string, end: number): boolean {
  MULTIPLIER_AFTER.lastIndex = end;
  return MULTIPLIER_AFTER.test(text);
}

/** Letters or a labelled hyphen glued before the digits: "G7", "MP3", "COVID-19", "F-35", "I-95", "mid-2020",
 *  and the apostrophe of "’90s" or "'98". */
export function gluedToWordBefore(text: string, start: number): boolean {
  const before = text[start - 1] ?? "";
  if (/[A-Za-z#_]/.test(before)) return true;
  if (before === "'" || before === "’") return true;
  return before === "-" && /[A-Za-z]/.test(text[start - 2] ?? "");
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
