import ipaddr from "ipaddr.js";

/** What Express's "trust proxy" setting takes: a hop count, all or nothing, or the proxies' addresses. */
export type TrustProxy = number | boolean | string[];

const NAMED_RANGES = new Set(["loopback", "linklocal", "uniquelocal"]);

export const TRUST_PROXY_HELP =
  "use a number of proxy hops (1), true, false, loopback, linklocal, uniquelocal, " +
  "or comma-separated IP addresses and ranges (10.0.0.1, 10.0.0.0/8, fd00::/8)";

// IPv4 is held to its four-part form: ipaddr.js also reads "1" as 0.0.0.1, which is how
// TRUST_PROXY=1 once came to trust an address instead of one hop.
function isAddress(text: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(text) || ipaddr.IPv6.isValid(text);
}

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry) || isAddress(entry)) return true;
  const [address = "", mask = "", ...rest] = entry.split("/");
  if (rest.length > 0 || !isAddress(address)) return false;
  const maxPrefix = ipaddr.IPv4.isValidFourPartDecimal(address) ? 32 : 128;
  if (/^\d{1,3}$/.test(mask)) return Number(mask) <= maxPrefix;
  // A netmask such as 255.0.0.0, which Express also accepts.
  return (
    maxPrefix === 32 &&
    ipaddr.IPv4.isValidFourPartDecimal(mask) &&
    ipaddr.IPv4.parse(mask).prefixLengthFromSubnetMask() !== null
  );
}

/** TRUST_PROXY as Express documents it; null when the value is none of those. */
export function parseTrustProxy(value: string): TrustProxy | null {
  const text = value.trim();
  if (/^true$/i.test(text)) return true;
  if (/^false$/i.test(text)) return false;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(",").map((entry) => entry.trim().toLowerCase());
  return entries.every(isAddressOrRange) ? entries : null;
}

/** For the start-up log: what the setting means in words. */
export function describeTrustProxy(trust: TrustProxy | undefined): string {
  if (trust === undefined || trust === false || trust === 0) return "X-Forwarded-* headers are ignored";
  if (trust === true) return "X-Forwarded-* headers are trusted from any address";
  if (typeof trust === "number") return `X-Forwarded-* headers are trusted across ${trust} proxy hop(s)`;
  return `X-Forwarded-* headers are trusted from ${trust.join(", ")}`;
}
