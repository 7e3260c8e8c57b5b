// Verbs that introduce what someone said, wrote or called something, in all their inflections.

const IRREGULAR =
  "said say says saying told tell tells telling wrote write writes writing written sang sing sings singing " +
  "referred referring commented comments commenting spoke speaks speaking";

// Regular verbs by stem; inflections are generated below ("argue" → argue, argues, argued, arguing).
const REGULAR =
  "add argue assert claim note warn insist emphasise emphasize echo post reveal announce declare explain " +
  "acknowledge continue ask reply tweet state call describe refer remark recall suggest predict promise vow " +
  "admit concede complain charge contend counter quip joke respond answer observe report urge demand accuse " +
  "blast slam mock praise criticise criticize dub label term brand testify confirm deny boast lament muse " +
  "recount mention agree conclude cite proclaim exclaim shout yell chant whisper point caution stress " +
  "maintain reiterate repeat allege complain retort interject concur pledge insist tout decry question " +
  "characterise characterize summarise summarize predict estimate recommend advise thank applaud hail rule rate";

function inflections(stem: string): string[] {
  const base = stem.endsWith("e") ? stem.slice(0, -1) : stem;
  if (stem.endsWith("y") && !/[aeiou]y$/.test(stem)) {
    const root = stem.slice(0, -1);
    return [stem, `${root}ies`, `${root}ied`, `${stem}ing`];
  }
  const plural = /(?:s|sh|ch|x|o)$/.test(stem) ? `${stem}es` : `${stem}s`;
  const past = stem.endsWith("e")
    ? `${stem}d`
    : /(?:[^aeiou][aeiou][pmtgb])$/.test(stem)
      ? `${stem}${stem.at(-1)}ed`
      : `${stem}ed`;
  const doubled = /(?:[^aeiou][aeiou][pmtgb])$/.test(stem) ? `${stem}${stem.at(-1)}ing` : `${base}ing`;
  return [stem, plural, past, `${stem}ed`, doubled, `${base}ing`, stem.endsWith("l") ? `${stem}led` : past];
}

const SPEECH_VERBS = new Set([...IRREGULAR.split(" "), ...REGULAR.split(" ").flatMap(inflections)]);

export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word.toLowerCase());
}
