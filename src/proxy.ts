import { NextResponse, type NextRequest } from "next/server";
import { UNAVAILABLE_PATH, databaseUnavailable, safeReturnPath } from "./server/database-availability";
import { hasMalformedEncoding, malformedUrlResponse } from "./server/malformed-url";
import { unavailableResponse } from "./server/unavailable-response";

// Runs before every page and route: the content security policy, and the refusal
// of state-changing requests that do not come from our own pages.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV === "development";
  // After an SSO form is posted, the browser follows a redirect to the
  // académie's identity provider: form-action must allow its origin.
  const issuer = process.env.OIDC_ISSUER ? new URL(process.env.OIDC_ISSUER).origin : "";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${issuer ? ` ${issuer}` : ""}`,
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A state-changing request must name our own origin: a foreign, "null" or missing Origin is refused. */
function foreignOrigin(request: NextRequest): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export async function proxy(request: NextRequest) {
  // While PostgreSQL does not answer, pages and routes get a French 503 (server actions go through:
  // defineAction answers them with the same message, in the shape their forms expect).
  const { pathname, search } = request.nextUrl;
  if (hasMalformedEncoding(pathname)) return malformedUrlResponse();
  if (pathname === UNAVAILABLE_PATH) {
    // Where a page caught by the outage half-way was sent: 503 page, then back to that page.
    return unavailableResponse(pathname, safeReturnPath(request.nextUrl.searchParams.get("retour")));
  }
  if (!request.headers.has("next-action") && (await databaseUnavailable())) {
    return unavailableResponse(pathname, pathname + search);
  }
  if (foreignOrigin(request)) {
    return new NextResponse("Requête refusée : elle ne provient pas de Boussole.", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  // Lets a page that needs a signed-in user send the visitor back here after signing in.
  requestHeaders.set("x-request-path", request.nextUrl.pathname + request.nextUrl.search);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  // Pages show a signed-in person's data: never cached by the browser or a proxy.
  response.headers.set("cache-control", "no-store");
  return response;
}

// A server action sent by one of our own pages needs none of the above: the browser vouches
// for its origin (Sec-Fetch-Site, which no page can set; Next.js compares its Origin with the
// host again), its answer is data rather than a page (no nonce, no sign-in return path),
// actions pass through during an outage anyway, and the static security headers come from
// next.config.ts. Running the proxy cost each of them about 1.2 ms of the server's CPU, a fifth
// of an autosave (tests/benchmarks/HISTORY.md, session 9). Every page and route runs it, and so does any action
// the browser does not call same-origin, that names no Origin, or whose path has an escape.
// (Literals only: Next.js reads this matcher from the source when it builds.)
export const config = {
  matcher: [
    { source: "/((?!_next/static|_next/image|icon.svg|robots.txt).*)", missing: [{ type: "header", key: "next-action" }] },
    { source: "/((?!_next/static|_next/image|icon.svg|robots.txt).*)", missing: [{ type: "header", key: "sec-fetch-site", value: "same-origin" }] },
    { source: "/((?!_next/static|_next/image|icon.svg|robots.txt).*)", missing: [{ type: "header", key: "origin" }] },
    { source: "/(.*%.*)" },
  ],
};
