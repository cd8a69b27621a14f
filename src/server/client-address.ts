import { env } from "./env";

/**
 * The client's address for throttling. Behind our reverse proxy (TRUST_PROXY=1)
 * it is the last address the proxy appended to X-Forwarded-For; without a
 * proxy Next.js does not expose the socket's address, so every client counts
 * as one ("direct") and throttling falls back to per-account.
 */
export function clientAddress(headers: Headers): string {
  if (!env().TRUST_PROXY) return "direct";
  const forwarded = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? headers.get("x-real-ip") ?? "direct";
}
