import { extractClaims } from "./extraction";

// Which figures of a text count the same thing as a claimed figure. Units the extraction engine
// normalises (percent, ISO currency codes) must be equal; a counted noun matches by its head noun read
// as a lemma, so "vehicles a day" finds "vehicles on an average weekday" and "North Korean soldiers"
// finds "soldiers", while "vehicle types" or "cars" do not.

const IRREGULAR_PLURALS: Record<string, string> = {
  people: "person",
  persons: "person",
  children: "child",
  men: "man",
  women: "woman",
  feet: "foot",
  teeth: "tooth",
  mice: "mouse",
  geese: "goose",
  data: "datum",
  criteria: "criterion",
  phenomena: "phenomenon",
  indices: "index",
};

// Words ending in s that are already singular; -ss, -us and -is words are handled by rule.
const SINGULAR_S = new Set(["news", "series", "species", "means", "gas", "bus", "lens", "physics", "economics"]);

/** The dictionary form of an English noun: "cities" → "city", "vehicles" → "vehicle", "people" → "person". */
export function nounLemma(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_PLURALS[lower];
  if (irregular) return irregular;
  if (SINGULAR_S.has(lower) || lower.length <= 3) return lower;
  if (/(?:ss|us|is)$/.test(lower)) return lower;
  if (lower.endsWith("ies")) return `${lower.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes)$/.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith("ves") && !/(?:ives|oves)$/.test(lower)) return `${lower.slice(0, -3)}f`;
  if (lower.endsWith("s")) return lower.slice(0, -1);
  return lower;
}

/** The noun a counted phrase is about: the word before "of" ("tonnes of steel"), else the last word. */
export function countedHead(unit: string): string | null {
  const words: string[] = unit.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const of = words.indexOf("of");
  const head = of > 0 ? words[of - 1] : words.at(-1);
  return head ? nounLemma(head) : null;
}

/** Units the engine writes the same way whatever the wording: "percent" and currency codes ("GBP"). */
export const isNormalisedUnit = (unit: string) => unit === "percent" || /^[A-Z]{3}$/.test(unit);

/** Whether two figures count the same thing. Two figures without a unit count nothing in common. */
export function sameCountedThing(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  if (isNormalisedUnit(a) || isNormalisedUnit(b)) return a === b;
  const head = countedHead(a);
  return head !== null && head === countedHead(b);
}

/** The spellings a lemma's head noun can take, for a coarse filter before sameCountedThing decides. */
export function headSpellings(lemma: string): string[] {
  const irregular = Object.entries(IRREGULAR_PLURALS)
    .filter(([, singular]) => singular === lemma)
    .map(([plural]) => plural);
  const regular = [lemma, `${lemma}s`, `${lemma}es`];
  if (lemma.endsWith("y")) regular.push(`${lemma.slice(0, -1)}ies`);
  if (lemma.endsWith("f")) regular.push(`${lemma.slice(0, -1)}ves`);
  return [...new Set([...regular, ...irregular])];
}

export interface TextFigure {
  value: number;
  /** The unit or counted noun; for a bare number, the one it carries over from the figure before it. */
  unit: string | null;
  /** True when the unit was carried over ("38,400 vehicles … 33,000 across the week"). */
  unitCarried: boolean;
  qualifier: string | null;
  /** The figure as written, and where it is in the text. */
  text: string;
  start: number;
  end: number;
  /** The sentence it sits in: the evidence kept when it becomes a reference figure. */
  sentence: string;
}

/** Every figure of a text, in reading order. A number written without a unit counts what the figure
 *  just before it counts when both are in one sentence or in two sentences next to each other, as a
 *  writer leaves the noun out the second time ("38,400 vehicles on a weekday … 33,000 across the week"),
 *  unless a figure with a unit of its own follows it in its sentence: the noun is then that figure's
 *  ("On day 2 the bridge carried 30,500 vehicles"). */
export function figuresInText(text: string): TextFigure[] {
  const numbers = extractClaims(text).filter((claim) => claim.kind === "numeric" && claim.value !== null);
  const figures: TextFigure[] = [];
  numbers.forEach((claim, index) => {
    const before = numbers[index - 1];
    const adjacent =
      before !== undefined &&
      (before.sentenceStart === claim.sentenceStart ||
        (before.sentenceEnd <= claim.sentenceStart &&
          text.slice(before.sentenceEnd, claim.sentenceStart).trim() === ""));
    let ownNounFollows = false;
    for (let next = index + 1; numbers[next]?.sentenceStart === claim.sentenceStart; next++) {
      if (numbers[next]?.unit !== null) ownNounFollows = true;
    }
    const carried = claim.unit === null && adjacent && !ownNounFollows ? (figures.at(-1)?.unit ?? null) : null;
    figures.push({
      value: claim.value ?? 0,
      unit: claim.unit ?? carried,
      unitCarried: carried !== null,
      qualifier: claim.qualifier,
      text: claim.text,
      start: claim.start,
      end: claim.end,
      sentence: claim.sentence.trim(),
    });
  });
  return figures;
}

/** How far a figure is from the claimed one, as a share of the claimed one (0 when equal). */
export function relativeDistance(claimed: number, figure: number): number {
  if (claimed === figure) return 0;
  return Math.abs(figure - claimed) / Math.max(Math.abs(claimed), Number.MIN_VALUE);
}

/** The figures of a text that count what the claim counts, nearest in value first (then in reading order). */
export function matchingFigures(claim: { value: number | null; unit: string | null }, text: string): TextFigure[] {
  if (claim.value === null || !claim.unit) return [];
  const claimed = claim.value;
  return figuresInText(text)
    .filter((figure) => sameCountedThing(claim.unit, figure.unit))
    .map((figure) => ({ figure, distance: relativeDistance(claimed, figure.value) }))
    .sort((a, b) => a.distance - b.distance || a.figure.start - b.figure.start)
    .map(({ figure }) => figure);
}

/** A long statistical page can give hundreds of matching figures; the nearest few are the useful ones. */
export const FIGURES_SHOWN_PER_SOURCE = 10;

export interface SourceFigures {
  sourceId: number;
  title: string;
  /** The nearest FIGURES_SHOWN_PER_SOURCE. */
  figures: TextFigure[];
  /** How many more matching figures the source gives, further from the claimed one. */
  more: number;
}

/** For each source with captured text, the figures it gives that count what the claim counts. */
export function figuresInSources(
  claim: { value: number | null; unit: string | null },
  sources: readonly { id: number; title: string; capturedText: string | null }[],
): SourceFigures[] {
  return sources.flatMap((source) => {
    const figures = source.capturedText ? matchingFigures(claim, source.capturedText) : [];
    if (figures.length === 0) return [];
    return [
      {
        sourceId: source.id,
        title: source.title,
        figures: figures.slice(0, FIGURES_SHOWN_PER_SOURCE),
        more: Math.max(0, figures.length - FIGURES_SHOWN_PER_SOURCE),
      },
    ];
  });
}
