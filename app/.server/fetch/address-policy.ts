import ipaddr from "ipaddr.js";

export type AddressVerdict = { allowed: true } | { allowed: false; reason: string };

type IPv4 = ipaddr.IPv4;
type IPv6 = ipaddr.IPv6;

const v4 = (cidr: string) => ipaddr.IPv4.parseCIDR(cidr);
const v6 = (cidr: string) => ipaddr.IPv6.parseCIDR(cidr);

// Checked before ipaddr's own classification, which files these under the vaguer "reserved".
const SPECIFIC_V4_RANGES = {
  "a benchmarking test address": [v4("198.18.0.0/15")],
  "a documentation example address": [v4("192.0.2.0/24"), v4("198.51.100.0/24"), v4("203.0.113.0/24")],
};

const SPECIFIC_V6_RANGES = {
  "a benchmarking test address": [v6("2001:2::/48")],
  "a documentation example address": [v6("2001:db8::/32"), v6("3fff::/20")],
};

const V4_REASONS: Record<string, string> = {
  unspecified: "an unspecified address (0.0.0.0/8)",
  broadcast: "a broadcast address",
  multicast: "a multicast address",
  linkLocal: "a link-local address (cloud metadata)",
  loopback: "a loopback address",
  carrierGradeNat: "a carrier-grade NAT address",
  private: "a private network address",
  reserved: "a reserved address",
  as112: "a reserved DNS sink address (AS112)",
  amt: "a multicast tunnelling address (AMT)",
};

const V6_REASONS: Record<string, string> = {
  unspecified: "an unspecified address (::)",
  linkLocal: "a link-local address",
  multicast: "a multicast address",
  loopback: "a loopback address",
  uniqueLocal: "a private network address (unique-local)",
  ipv4Mapped: "an IPv4-mapped IPv6 address",
  rfc6145: "an IPv4-translated IPv6 address",
  rfc6052: "a NAT64 address",
  "6to4": "a 6to4 tunnel address",
  teredo: "a Teredo tunnel address",
  deprecatedSiteLocal: "a site-local address (an old private range)",
  discard: "a discard-only address",
};

// The deprecated IPv4-compatible form (::a.b.c.d), which ipaddr.js counts as ordinary unicast.
const IPV4_COMPATIBLE = v6("::/96");
// Only global unicast (2000::/3) is routed on the public IPv6 internet today.
const GLOBAL_UNICAST_V6 = v6("2000::/3");
// The well-known NAT64 prefix carries public IPv4 sites on IPv6-only networks, so it is judged by the address it embeds.
const WELL_KNOWN_NAT64 = v6("64:ff9b::/96");

const ALLOWED: AddressVerdict = { allowed: true };
const refused = (reason: string): AddressVerdict => ({ allowed: false, reason });

/**
 * Decides whether an IP address is on the public internet and may be fetched.
 * Anything that could reach the newsroom's own machines or networks is refused.
 */
export function classifyAddress(ip: string): AddressVerdict {
  if (!ipaddr.isValid(ip)) return refused("not a valid IP address");
  const address = ipaddr.parse(ip);
  return address.kind() === "ipv4" ? classifyV4(address as IPv4) : classifyV6(address as IPv6);
}

function classifyV4(address: IPv4): AddressVerdict {
  const specific = ipaddr.subnetMatch(address, SPECIFIC_V4_RANGES, "");
  if (specific) return refused(specific);
  const range = address.range();
  if (range === "unicast") return ALLOWED;
  return refused(V4_REASONS[range] ?? "a special-purpose address");
}

function classifyV6(address: IPv6): AddressVerdict {
  const embedded = embeddedV4(address);
  if (embedded) {
    const inner = classifyV4(embedded.ipv4);
    if (!inner.allowed) return refused(`${inner.reason}, wrapped in ${embedded.wrapper}`);
    if (address.match(WELL_KNOWN_NAT64)) return ALLOWED;
    return refused(embedded.wrapper);
  }
  const specific = ipaddr.subnetMatch(address, SPECIFIC_V6_RANGES, "");
  if (specific) return refused(specific);
  const range = address.range();
  if (range !== "unicast") return refused(V6_REASONS[range] ?? "a special-purpose address");
  if (!address.match(GLOBAL_UNICAST_V6)) return refused("an address outside the public IPv6 internet");
  return ALLOWED;
}

/** The IPv4 address tunnelled or translated inside an IPv6 address, for the forms that carry one. */
function embeddedV4(address: IPv6): { ipv4: IPv4; wrapper: string } | null {
  const bytes = address.toByteArray();
  const lastFour = new ipaddr.IPv4(bytes.slice(12, 16));
  if (address.match(IPV4_COMPATIBLE) && !["unspecified", "loopback"].includes(address.range())) {
    return { ipv4: lastFour, wrapper: "an IPv4-compatible IPv6 address" };
  }
  const range = address.range();
  switch (range) {
    case "ipv4Mapped":
    case "rfc6145":
    case "rfc6052":
      return { ipv4: lastFour, wrapper: V6_REASONS[range] ?? range };
    case "6to4":
      return { ipv4: new ipaddr.IPv4(bytes.slice(2, 6)), wrapper: V6_REASONS[range] ?? range };
    case "teredo":
      // Teredo stores the client's IPv4 address bit-inverted in the last 32 bits.
      return {
        ipv4: new ipaddr.IPv4(bytes.slice(12, 16).map((byte) => byte ^ 0xff)),
        wrapper: V6_REASONS[range] ?? range,
      };
    default:
      return null;
  }
}
