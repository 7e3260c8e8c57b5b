// The exact text a ledger entry's hash covers. Object keys are sorted (by UTF-16 code units, as
// JavaScript sorts strings) and there is no whitespace, so anyone re-serialising the same published
// document — from the database's jsonb, from /ledger/chain.json, in another language — gets the
// same bytes and therefore the same hash. Numbers and strings are written as JSON.stringify writes them.

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue | undefined };

export function canonicalJson(value: JsonValue | undefined): string {
  if (value === null) return "null";
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`Cannot put ${value} in canonical JSON.`);
      return JSON.stringify(value);
    case "object": {
      const keys = Object.keys(value)
        .filter((key) => value[key] !== undefined)
        .sort();
      return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(",")}}`;
    }
    default:
      throw new TypeError(`Cannot put a ${typeof value} in canonical JSON.`);
  }
}
