/** A search typed by a person as an ILIKE pattern matching it anywhere: its wildcards and backslashes
 *  taken literally. */
export const containsPattern = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`;
