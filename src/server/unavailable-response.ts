// What proxy.ts answers while the database is unavailable: HTTP 503 with
// Retry-After, a French page for browsers (which retries by itself) and JSON
// for route handlers under /api. No "server-only" guard: proxy.ts imports it.
import { RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "./database-availability";

const page = (back: string) => `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS};url=${escapeHtml(back)}">
<title>Service momentanément indisponible — Boussole</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}h1{font-size:1.5rem}</style>
</head>
<body>
<main>
<h1>Service momentanément indisponible</h1>
<p>${UNAVAILABLE_MESSAGE}</p>
<p>Cette page se rechargera d'elle-même dans ${RETRY_AFTER_SECONDS} secondes.</p>
</main>
</body>
</html>
`;

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The 503 answer; `back`: the page the browser reloads after Retry-After seconds. */
export function unavailableResponse(pathname: string, back: string = pathname): Response {
  const headers = {
    "retry-after": String(RETRY_AFTER_SECONDS),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  };
  if (pathname.startsWith("/api/")) {
    return Response.json({ ok: false, message: UNAVAILABLE_MESSAGE }, { status: 503, headers });
  }
  return new Response(page(back), {
    status: 503,
    headers: {
      ...headers,
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    },
  });
}
