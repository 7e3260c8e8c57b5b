/** The named properties of an object, in the order named, so that one list of field names can serve a
 *  Drizzle selection, a mapper and a hashed document alike. */
export function pick<Source extends object, Key extends keyof Source>(
  source: Source,
  keys: readonly Key[],
): Pick<Source, Key> {
  return Object.fromEntries(keys.map((key) => [key, source[key]])) as Pick<Source, Key>;
}
