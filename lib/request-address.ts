/**
 * The address of the peer that reached us. The last X-Forwarded-For entry is the one
 * written by the nearest proxy (or by Next itself), so a client cannot choose it by
 * sending a forged header. It is only ever used hashed.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}
