import "server-only";
import type { Db } from "@/server/prisma-client";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A stored file of a school with its content, as the reader's row-level
 * security lets them see it; null otherwise. Meeting minutes may name pupils:
 * only the school's staff get them (like the meetings page).
 */
export async function findFileForDownload(tx: Db, options: { establishmentId: string; fileId: string; staff: boolean }) {
  if (!UUID.test(options.fileId)) return null;
  const file = await tx.storedFile.findUnique({
    where: { establishmentId_id: { establishmentId: options.establishmentId, id: options.fileId } },
    select: { id: true, fileName: true, mediaType: true, byteSize: true, content: true, meetings: { select: { id: true }, take: 1 } },
  });
  if (!file || (file.meetings.length > 0 && !options.staff)) return null;
  return { id: file.id, fileName: file.fileName, mediaType: file.mediaType, byteSize: file.byteSize, content: file.content };
}
