import { findFileForDownload } from "@/features/files/queries";
import { canOn, schoolDataScope } from "@/features/access/scope";
import { attachmentDisposition } from "@/lib/file-type";
import { uaiFromSegment } from "@/lib/uai";
import { db } from "@/server/db";
import { currentScope } from "@/server/guards";
import { withScope } from "@/server/tenant";

// A school's stored file (meeting minutes, grid evidence), for a reader of
// that school only: another school's file, a missing one and an unauthorised
// reader all get the same 404. Always a download, with the type detected at
// upload, never rendered inline by the browser.

const notFound = () =>
  new Response("Ce fichier n'existe pas ou vous n'y avez pas accès.", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

export async function GET(request: Request, context: { params: Promise<{ uai: string; id: string }> }) {
  const { uai: segment, id } = await context.params;
  const scope = await currentScope();
  if (!scope) {
    const back = new URL(request.url).pathname;
    return new Response(null, {
      status: 307,
      headers: { location: `/connexion?retour=${encodeURIComponent(back)}`, "cache-control": "no-store" },
    });
  }
  const uai = uaiFromSegment(segment);
  const establishment = uai
    ? await db().establishment.findUnique({ where: { uai }, select: { id: true, academyId: true } })
    : null;
  if (!establishment || !canOn(scope, "establishment.read", establishment)) return notFound();
  const file = await withScope(schoolDataScope(scope, establishment), (tx) =>
    findFileForDownload(tx, { establishmentId: establishment.id, fileId: id, staff: canOn(scope, "groups.read", establishment) }),
  );
  if (!file) return notFound();
  return new Response(new Uint8Array(file.content), {
    status: 200,
    headers: {
      "content-type": file.mediaType,
      "content-length": String(file.byteSize),
      "content-disposition": attachmentDisposition(file.fileName),
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}
