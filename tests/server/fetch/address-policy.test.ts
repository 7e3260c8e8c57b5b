import { describe, expect, it } from "vitest";
import { classifyAddress } from "~/.server/fetch/address-policy";

function reasonFor(ip: string): string {
  const verdict = classifyAddress(ip);
  if (verdict.allowed) throw new Error(`${ip} was allowed`);
  return verdict.reason;
}

describe("classifyAddress: public addresses", () => {
  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "93.184.215.14",
    "151.101.1.1",
    "100.63.255.255", // just below carrier-grade NAT
    "100.128.0.0", // just above carrier-grade NAT
    "172.15.255.255", // just below 172.16/12
    "172.32.0.0", // just above 172.16/12
    "198.17.255.255", // just below benchmarking
    "198.20.0.0", // just above benchmarking
    "2606:4700:4700::1111",
    "2a00:1450:4001:80b::200e",
    "64:ff9b::808:808", // NAT64 of a public IPv4 address, as DNS64 networks return
  ])("allows %s", (ip) => {
    expect(classifyAddress(ip)).toEqual({ allowed: true });
  });
});

describe("classifyAddress: IPv4 ranges that reach the newsroom's own machines", () => {
  it.each([
    ["127.0.0.1", "a loopback address"],
    ["127.255.255.254", "a loopback address"],
    ["10.0.0.1", "a private network address"],
    ["10.255.255.255", "a private network address"],
    ["172.16.0.1", "a private network address"],
    ["172.31.255.255", "a private network address"],
    ["192.168.1.1", "a private network address"],
    ["169.254.169.254", "a link-local address (cloud metadata)"],
    ["169.254.0.1", "a link-local address (cloud metadata)"],
    ["100.64.0.1", "a carrier-grade NAT address"],
    ["100.127.255.255", "a carrier-grade NAT address"],
    ["224.0.0.1", "a multicast address"],
    ["239.255.255.250", "a multicast address"],
    ["0.0.0.0", "an unspecified address (0.0.0.0/8)"],
    ["0.1.2.3", "an unspecified address (0.0.0.0/8)"],
    ["255.255.255.255", "a broadcast address"],
    ["240.0.0.1", "a reserved address"],
    ["192.0.0.8", "a reserved address"],
    ["198.18.0.1", "a benchmarking test address"],
    ["198.19.255.255", "a benchmarking test address"],
    ["192.0.2.10", "a documentation example address"],
    ["198.51.100.10", "a documentation example address"],
    ["203.0.113.10", "a documentation example address"],
    ["192.31.196.1", "a reserved DNS sink address (AS112)"],
  ])("refuses %s as %s", (ip, reason) => {
    expect(reasonFor(ip)).toBe(reason);
  });
});

describe("classifyAddress: IPv6 ranges", () => {
  it.each([
    ["::1", "a loopback address"],
    ["0:0:0:0:0:0:0:1", "a loopback address"],
    ["::", "an unspecified address (::)"],
    ["fe80::1", "a link-local address"],
    ["fe80::1%eth0", "a link-local address"],
    ["febf:ffff::1", "a link-local address"],
    ["fc00::1", "a private network address (unique-local)"],
    ["fd12:3456:789a::1", "a private network address (unique-local)"],
    ["ff02::1", "a multicast address"],
    ["2001:db8::1", "a documentation example address"],
    ["3fff::1", "a documentation example address"],
    ["2001:2::1", "a benchmarking test address"],
    ["fec0::1", "a site-local address (an old private range)"],
    ["100::1", "a discard-only address"],
    ["4000::1", "an address outside the public IPv6 internet"],
    ["::ffff:8.8.8.8", "an IPv4-mapped IPv6 address"],
    ["::808:808", "an IPv4-compatible IPv6 address"],
    ["2002:808:808::1", "a 6to4 tunnel address"],
    ["2001:0:4136:e378:8000:63bf:f7f7:f7f7", "a Teredo tunnel address"],
    ["64:ff9b:1::808:808", "a NAT64 address"],
  ])("refuses %s as %s", (ip, reason) => {
    expect(reasonFor(ip)).toBe(reason);
  });
});

describe("classifyAddress: IPv4 addresses wrapped in IPv6", () => {
  it.each([
    ["::ffff:127.0.0.1", "a loopback address, wrapped in an IPv4-mapped IPv6 address"],
    ["::ffff:7f00:1", "a loopback address, wrapped in an IPv4-mapped IPv6 address"],
    ["0:0:0:0:0:ffff:7f00:0001", "a loopback address, wrapped in an IPv4-mapped IPv6 address"],
    ["::ffff:169.254.169.254", "a link-local address (cloud metadata), wrapped in an IPv4-mapped IPv6 address"],
    ["::ffff:a00:1", "a private network address, wrapped in an IPv4-mapped IPv6 address"],
    ["::7f00:1", "a loopback address, wrapped in an IPv4-compatible IPv6 address"],
    ["::ffff:0:7f00:1", "a loopback address, wrapped in an IPv4-translated IPv6 address"],
    ["64:ff9b::7f00:1", "a loopback address, wrapped in a NAT64 address"],
    ["64:ff9b::a9fe:a9fe", "a link-local address (cloud metadata), wrapped in a NAT64 address"],
    ["64:ff9b::c0a8:101", "a private network address, wrapped in a NAT64 address"],
    ["2002:7f00:1::1", "a loopback address, wrapped in a 6to4 tunnel address"],
    ["2002:c0a8:101::1", "a private network address, wrapped in a 6to4 tunnel address"],
    // Teredo keeps the client address bit-inverted: ~0x7f000001 = 0x80fffffe.
    ["2001:0:4136:e378:8000:63bf:80ff:fffe", "a loopback address, wrapped in a Teredo tunnel address"],
  ])("refuses %s as %s", (ip, reason) => {
    expect(reasonFor(ip)).toBe(reason);
  });
});

describe("classifyAddress: input that is not an address", () => {
  it.each(["", "localhost", "example.org", "256.0.0.1", "1.2.3.4.5", "::g", "[::1]", " 8.8.8.8"])(
    "refuses %j",
    (input) => {
      expect(reasonFor(input)).toBe("not a valid IP address");
    },
  );
});
