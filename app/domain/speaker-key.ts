// Folding a speaker's name so that "Sen. José Álvarez", "jose alvarez" and "José Álvarez Jr." are
// recognised as one person, while the display name keeps the spelling the article used.
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "sen", "rep", "gov", "jr", "sr"]);

export function speakerKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘`]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .split(" ")
    .filter((word) => word && !HONORIFICS.has(word))
    .join(" ");
}
