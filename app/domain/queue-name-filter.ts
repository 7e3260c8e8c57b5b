// The queue's speaker and article filters are typed, not picked from a list of every name: the
// address holds the chosen one's id, and text typed in the form is looked up among those with open
// work. The form sends the chosen id back hidden beside its name, so the text tells whether the
// person kept the choice, emptied it or typed something else.

/** At most this many names are offered when typed text matches several. */
export const NAME_CHOICES = 20;

export const NAME_FILTER_NOUNS = ["speaker", "article"] as const;
export type NameFilterNoun = (typeof NAME_FILTER_NOUNS)[number];

/** A speaker or article offered by name. */
export interface Named {
  id: number;
  name: string;
}

/** A filter as the page shows it: nothing chosen, one chosen, or typed text that chose none yet (the
 *  list is not narrowed by it) with the names it matched or why it matched none. */
export type QueueNameFilter =
  | { found: "any" }
  | { found: "chosen"; id: number; name: string }
  | { found: "several"; typed: string; choices: Named[]; more: number }
  | { found: "none"; typed: string; problem: string };

/** What a filter asks for: an id (null for any), or text to look up. A link sends no text, so its id
 *  stands; text that is still the chosen one's name keeps it; an emptied field asks for any. */
export type NameFilterAsk = { id: number | null } | { find: string };

export function nameFilterAsk(id: number | null, typed: string | null, chosenName: string | null): NameFilterAsk {
  if (typed === null || (id !== null && typed === chosenName)) return { id };
  if (typed === "") return { id: null };
  return { find: typed };
}

export type NameFound<Row> =
  | { kind: "one"; row: Row }
  | { kind: "several"; choices: Row[]; more: number }
  | { kind: "none" };

/** What typed text found, from its first matches (those named exactly so first) and how many there
 *  are in all: the only match, or the only one named exactly so (a whole name chooses its owner even
 *  when it is part of other names), or else the matches to choose from. */
export function pickFound<Row extends { exact: boolean }>(matches: Row[], total: number): NameFound<Row> {
  const exact = matches.filter((row) => row.exact);
  const only = total === 1 ? matches[0] : exact.length === 1 ? exact[0] : undefined;
  if (only) return { kind: "one", row: only };
  if (matches.length === 0) return { kind: "none" };
  return { kind: "several", choices: matches, more: total - matches.length };
}

export const noMatchMessage = (noun: NameFilterNoun, typed: string) =>
  `No ${noun} with open claims matches “${typed}”.`;

export const unknownChoiceMessage = (noun: NameFilterNoun) => `The ${noun} in this link was not found.`;
