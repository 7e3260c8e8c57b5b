// The thing a bare figure counts: the short noun phrase right after it ("4,000 North Korean soldiers" ->
// "North Korean soldiers"), cut at the first function word, verb-like word, number or punctuation.

const NOT_NOUN = new Set(
  (
    "a an the this that these those of in on at to from for with by and or but nor than as per into onto over under " +
    "about after before since until during between across through against among amid within without toward towards " +
    "via including despite near beyond inside outside behind above below along while when where who whom which whose what " +
    "is are was were be been being has have had do does did will would shall should can could may might must " +
    "said say says told he she it they we you i his her its their our my your them him us me " +
    "more less fewer most least not no so if then also each every ago earlier later last next " +
    "percent cent times only just nearly almost about around some up out off down away back " +
    "one two three four five six seven eight nine ten hundred thousand million billion trillion dozen"
  ).split(" "),
);

/** Plural nouns that end a counted phrase; what follows them is usually the verb ("500 people died"). */
const PHRASE_ENDING_NOUNS = new Set(["people", "persons", "men", "women", "children", "others", "adults", "residents"]);

const MAX_WORDS = 4;
const PARTICIPLE = /(?:ed|ing)$/;
const PLURAL_NOUN = /(?:[^s]s|^(?:people|men|women|children))$/;
const WORD = / ([A-Za-z][A-Za-z'’]*)(?![A-Za-z'’])/y;

/** The counted noun phrase starting one space after `end`, or null when none follows. */
export function countedNounAfter(text: string, end: number): string | null {
  const words: string[] = [];
  let position = end;
  while (words.length < MAX_WORDS) {
    WORD.lastIndex = position;
    const found = WORD.exec(text);
    const word = found?.[1];
    if (word === undefined || !continuesPhrase(word, words)) break;
    words.push(word);
    position = WORD.lastIndex;
    if (PHRASE_ENDING_NOUNS.has(word.toLowerCase())) break;
  }
  // A leading participle is a verb ("300 voted yes") unless a plural noun follows ("803 registered voters").
  if (PARTICIPLE.test(words[0] ?? "") && !PLURAL_NOUN.test(words[words.length - 1] ?? "")) return null;
  return words.length > 0 ? words.join(" ") : null;
}

function continuesPhrase(word: string, phrase: readonly string[]): boolean {
  const lower = word.toLowerCase();
  if (NOT_NOUN.has(lower) || lower.endsWith("ly")) return false;
  const previous = phrase[phrase.length - 1];
  if (previous === undefined) return true;
  // A verb after the noun ("300 people killed"), or a name after a common noun ("300 people Monday").
  if (PARTICIPLE.test(lower)) return false;
  return !(/^[A-Z]/.test(word) && /^[a-z]/.test(previous));
}
