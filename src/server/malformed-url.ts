// A path whose percent-encoding is not UTF-8 ("/etablissements/%ED%A0%80")
// made Next.js answer an English "Internal Server Error" (500) while decoding
// the route's parameters, before any code of ours ran: proxy.ts refuses it
// first, with a French 400.

export function hasMalformedEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

export function malformedUrlResponse(): Response {
  return new Response("Adresse invalide : elle contient des caractères mal encodés. Vérifiez le lien ou repartez de l'accueil.", {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
