// Who sent a request. Rate limits and abuse signals count per network, so the address
// must be one the client cannot choose. With the site served directly, the socket's peer
// is the only honest answer: `next start` copies a client-written X-Forwarded-For through
// untouched. Behind proxies, only the entries those proxies wrote are believed.
//
// The HTTP server (scripts/serve.ts) decides the address once per request with
// resolveClientAddress and writes it into CLIENT_ADDRESS_HEADER, replacing whatever the
// client sent under that name; everything else reads it with clientNetwork.
import { createHmac } from "node:crypto";
import { BlockList, isIP, isIPv4 } from "node:net";
import { purposeKey } from "./secrets";

/** Set by our server on every request; any copy sent by a client is overwritten. */
export const CLIENT_ADDRESS_HEADER = "x-petition-client-address";

export interface ProxyTrust {
  /** How many proxies stand in front of the server (TRUSTED_PROXY_HOPS). */
  hops: number;
  /** Or: the networks the proxies live in (TRUSTED_PROXIES); every hop from them is skipped. */
  networks: BlockList | null;
}

export const NO_PROXY: ProxyTrust = { hops: 0, networks: null };

/** Parses "10.0.0.0/8, 2001:db8::/32, 192.0.2.7" into a BlockList; throws on a malformed entry. */
export function parseTrustedNetworks(list: string): BlockList | null {
  const entries = list
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const networks = new BlockList();
  for (const entry of entries) {
    const [address = "", prefixText] = entry.split("/");
    const family = isIP(address);
    if (family === 0) throw new Error(`"${entry}" is not an IP address or network`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefixText === undefined) {
      networks.addAddress(address, type);
      continue;
    }
    const prefix = Number(prefixText);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) {
      throw new Error(`"${entry}" has an invalid prefix length`);
    }
    networks.addSubnet(address, prefix, type);
  }
  return networks;
}

/** An address as a proxy may write it ("[::1]:443", "192.0.2.1:80", "::ffff:192.0.2.1"), cleaned. */
export function cleanAddress(raw: string | undefined): string | null {
  let value = (raw ?? "").trim().slice(0, 64);
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  if (mapped) value = mapped[1]!;
  return isIP(value) ? value.toLowerCase() : null;
}

function isTrusted(networks: BlockList, address: string): boolean {
  return networks.check(address, isIPv4(address) ? "ipv4" : "ipv6");
}

/**
 * The client's address: the socket's peer by default; behind N trusted proxies, the entry
 * the outermost of them wrote (the Nth from the right of X-Forwarded-For plus the peer).
 * Entries left of that are written by the client and never believed. A request that
 * reached the server past some of its proxies has a shorter list; its leftmost entry was
 * still written by a trusted hop. "unknown" only when nothing usable is there.
 */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trust: ProxyTrust = NO_PROXY,
): string {
  const peerAddress = cleanAddress(peer);
  if (trust.hops === 0 && !trust.networks) return peerAddress ?? "unknown";

  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  // A long header is not worth reading: only the last few hops are ever believed.
  const forwarded = header.trim() === "" ? [] : header.slice(-2048).split(",");
  const chain = [...forwarded.map(cleanAddress), peerAddress];

  if (trust.networks) {
    for (let index = chain.length - 1; index >= 0; index -= 1) {
      const address = chain[index];
      if (!address) return "unknown";
      if (!isTrusted(trust.networks, address)) return address;
    }
    return chain.find(Boolean) ?? "unknown";
  }
  return chain[Math.max(0, chain.length - 1 - trust.hops)] ?? "unknown";
}

/** Eight 16-bit groups of an IPv6 address. */
function ipv6Groups(address: string): number[] {
  let text = address;
  const embedded = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (embedded) {
    const [a = 0, b = 0, c = 0, d = 0] = embedded[1]!.split(".").map(Number);
    text = `${text.slice(0, embedded.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const parse = (part: string) => (part ? part.split(":").map((group) => parseInt(group, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}

/**
 * The network a limit counts: an IPv4 address itself, an IPv6 address's /64 (one home or
 * phone gets a whole /64 and can pick any address in it at will).
 */
export function networkOf(address: string): string {
  if (isIP(address) !== 6) return address;
  const prefix = ipv6Groups(address)
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(":");
  return `${prefix}::/64`;
}

// Set by scripts/serve.ts in the process that runs Next. Served any other way (a plain
// `next start`), the header could come from the client, so it is not read at all.
const SERVED_BY_OUR_SERVER = Symbol.for("budapest-convention-mx.client-address-header");

/** Called once by scripts/serve.ts: from now on CLIENT_ADDRESS_HEADER is ours. */
export function markClientAddressHeaderTrusted(): void {
  (globalThis as Record<symbol, unknown>)[SERVED_BY_OUR_SERVER] = true;
}

function isClientAddressHeaderTrusted(): boolean {
  return (globalThis as Record<symbol, unknown>)[SERVED_BY_OUR_SERVER] === true;
}

/**
 * The client's address as our server resolved it, or "unknown" when the request was not
 * served by it (then every client shares one limit, which fails safe: nobody escapes it).
 */
let warnedUntrusted = false;

export function clientAddress(headers: Headers): string {
  if (!isClientAddressHeaderTrusted()) {
    if (!warnedUntrusted) {
      warnedUntrusted = true;
      console.warn(
        "The site is not served by scripts/serve.ts (npm start): client addresses are unknown, so every client shares one rate limit.",
      );
    }
    return "unknown";
  }
  return cleanAddress(headers.get(CLIENT_ADDRESS_HEADER) ?? undefined) ?? "unknown";
}

/** Keyed hash of a network address: lets us count requests per network without storing the address. */
export function hashNetworkAddress(secret: string, address: string): string {
  return createHmac("sha256", purposeKey(secret, "network-hash")).update(`ip:${address}`).digest("hex");
}

/** The client's network (see networkOf): what limits and abuse signals count. */
export function clientNetwork(headers: Headers): string {
  return networkOf(clientAddress(headers));
}

/** Whether the request comes from this machine (127.0.0.0/8 or ::1). */
export function isLoopback(address: string): boolean {
  return address === "::1" || /^127\./.test(address);
}
