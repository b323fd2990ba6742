import { describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  cleanAddress,
  clientNetwork,
  isLoopback,
  markClientAddressHeaderTrusted,
  networkOf,
  parseTrustedNetworks,
  resolveClientAddress,
} from "@/lib/security/client-address";

describe("resolveClientAddress", () => {
  it("uses the socket's peer and ignores forwarded headers by default", () => {
    expect(resolveClientAddress("192.0.2.10", "203.0.113.7")).toBe("192.0.2.10");
    expect(resolveClientAddress("::ffff:192.0.2.10", "203.0.113.7, 198.51.100.1")).toBe("192.0.2.10");
  });

  it("believes only the entry written by the outermost trusted proxy", () => {
    const oneHop = { hops: 1, networks: null };
    // The load balancer (peer 10.0.0.2) appended the client it saw; the left entry is forged.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 192.0.2.10", oneHop)).toBe("192.0.2.10");
    const twoHops = { hops: 2, networks: null };
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 192.0.2.10, 172.16.0.9", twoHops)).toBe("192.0.2.10");
  });

  it("takes the leftmost entry when a request passed fewer proxies than configured", () => {
    expect(resolveClientAddress("192.0.2.10", undefined, { hops: 1, networks: null })).toBe("192.0.2.10");
    expect(resolveClientAddress("10.0.0.2", "192.0.2.10", { hops: 3, networks: null })).toBe("192.0.2.10");
  });

  it("skips every hop inside the trusted networks", () => {
    const trust = { hops: 0, networks: parseTrustedNetworks("10.0.0.0/8, 2001:db8::/32") };
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 192.0.2.10, 10.1.2.3", trust)).toBe("192.0.2.10");
    expect(resolveClientAddress("192.0.2.99", "6.6.6.6", trust)).toBe("192.0.2.99");
  });

  it("never returns garbage a client wrote", () => {
    const trust = { hops: 1, networks: null };
    expect(resolveClientAddress("10.0.0.2", "<script>alert(1)</script>", trust)).toBe("unknown");
    expect(resolveClientAddress(undefined, undefined)).toBe("unknown");
    expect(resolveClientAddress("10.0.0.2", "x".repeat(100_000), trust)).toBe("unknown");
  });
});

describe("networkOf", () => {
  it("groups IPv6 addresses by their /64 and leaves IPv4 alone", () => {
    expect(networkOf("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(networkOf("2001:db8:1:2::1")).toBe(networkOf("2001:0db8:0001:0002:ffff::9"));
    expect(networkOf("2001:db8:1:3::1")).not.toBe(networkOf("2001:db8:1:2::1"));
    expect(networkOf("::1")).toBe("0:0:0:0::/64");
    expect(networkOf("192.0.2.10")).toBe("192.0.2.10");
  });
});

describe("cleanAddress", () => {
  it("accepts the forms proxies write and rejects anything else", () => {
    expect(cleanAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(cleanAddress(" 192.0.2.1:8080 ")).toBe("192.0.2.1");
    expect(cleanAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(cleanAddress("unknown")).toBeNull();
    expect(cleanAddress("192.0.2.1\u0000")).toBeNull();
  });
});

describe("clientNetwork", () => {
  it("trusts no header at all unless our server is the one serving", () => {
    const forged = new Headers({ [CLIENT_ADDRESS_HEADER]: "203.0.113.7" });
    expect(clientNetwork(forged)).toBe("unknown");
    markClientAddressHeaderTrusted();
    expect(clientNetwork(forged)).toBe("203.0.113.7");
  });

  it("reads only the header our server writes", () => {
    expect(clientNetwork(new Headers({ "x-forwarded-for": "203.0.113.7" }))).toBe("unknown");
    expect(clientNetwork(new Headers({ [CLIENT_ADDRESS_HEADER]: "2001:db8:1:2::5" }))).toBe(
      "2001:db8:1:2::/64",
    );
  });

  it("knows loopback addresses", () => {
    expect(isLoopback("127.0.0.1")).toBe(true);
    expect(isLoopback("::1")).toBe(true);
    expect(isLoopback("192.168.1.5")).toBe(false);
  });
});

describe("parseTrustedNetworks", () => {
  it("rejects an entry that is not an address or network", () => {
    expect(parseTrustedNetworks("")).toBeNull();
    expect(() => parseTrustedNetworks("10.0.0.0/33")).toThrow(/prefix/);
    expect(() => parseTrustedNetworks("proxy.local")).toThrow(/not an IP/);
  });
});
