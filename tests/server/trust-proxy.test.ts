import { describe, expect, it } from "vitest";
import { readConfig } from "~/.server/config";
import { parseTrustProxy } from "~/.server/trust-proxy";

describe("TRUST_PROXY, read as Express documents 'trust proxy'", () => {
  it("reads a number as a count of proxy hops, not as an address (repro 5: 1 was 0.0.0.1)", () => {
    expect(parseTrustProxy("1")).toBe(1);
    expect(parseTrustProxy("2")).toBe(2);
    expect(parseTrustProxy("0")).toBe(0);
  });

  it("reads true and false", () => {
    expect(parseTrustProxy("true")).toBe(true);
    expect(parseTrustProxy("TRUE")).toBe(true);
    expect(parseTrustProxy("false")).toBe(false);
  });

  it("reads the named ranges and comma-separated addresses and ranges", () => {
    expect(parseTrustProxy("loopback")).toEqual(["loopback"]);
    expect(parseTrustProxy("loopback, linklocal, uniquelocal")).toEqual(["loopback", "linklocal", "uniquelocal"]);
    expect(parseTrustProxy("10.0.0.1, 10.0.0.0/8, 192.168.0.0/255.255.0.0")).toEqual([
      "10.0.0.1",
      "10.0.0.0/8",
      "192.168.0.0/255.255.0.0",
    ]);
    expect(parseTrustProxy("::1, fd00::/8")).toEqual(["::1", "fd00::/8"]);
  });

  it("refuses anything else", () => {
    for (const value of ["yes", "1.2", "10.0.0.0/33", "fd00::/129", "10.0.0.0/255.0.255.0", "loopback,", "1/8", "*"]) {
      expect(parseTrustProxy(value), value).toBeNull();
    }
  });
});

describe("the configuration", () => {
  it("stops start-up with a clear message for a bad TRUST_PROXY", () => {
    expect(() => readConfig({ TRUST_PROXY: "yes" })).toThrow(
      /TRUST_PROXY: "yes" is not a trust proxy setting: use a number of proxy hops \(1\), true, false, loopback/,
    );
  });

  it("passes Express a hop count, true, or a list; an empty TRUST_PROXY is unset", () => {
    expect(readConfig({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(readConfig({ TRUST_PROXY: "true" }).TRUST_PROXY).toBe(true);
    expect(readConfig({ TRUST_PROXY: "loopback" }).TRUST_PROXY).toEqual(["loopback"]);
    expect(readConfig({ TRUST_PROXY: "" }).TRUST_PROXY).toBeUndefined();
    expect(readConfig({}).TRUST_PROXY).toBeUndefined();
  });

  it("takes PUBLIC_URL as an http(s) origin only", () => {
    expect(readConfig({ PUBLIC_URL: "https://claims.example.org" }).PUBLIC_URL).toBe("https://claims.example.org");
    expect(() => readConfig({ PUBLIC_URL: "https://claims.example.org/ledger" })).toThrow(/without a path/);
    expect(() => readConfig({ PUBLIC_URL: "ftp://claims.example.org" })).toThrow(/http:\/\/ or https:\/\//);
  });

  it("stops start-up with a clear message for an internal fetch address without a port", () => {
    expect(() => readConfig({ FETCH_ALLOW_INTERNAL: "archive.internal:8080, archive.internal" })).toThrow(
      'FETCH_ALLOW_INTERNAL: "archive.internal" is not a valid internal address: expected host:port',
    );
    expect(() => readConfig({ FETCH_ALLOW_INTERNAL: "archive.internal:8080" })).not.toThrow();
  });
});
