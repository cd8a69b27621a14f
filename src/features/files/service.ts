import { createHash } from "node:crypto";
import { recordAudit } from "@/features/audit/record";
import { checkUpload, MAX_UPLOAD_BYTES } from "@/lib/file-type";
import { InvalidInputError } from "@/server/errors";
import type { Db } from "@/server/prisma-client";

/**
 * Stores an uploaded file of a school (meeting minutes, grid evidence) after
 * checking it by its content (src/lib/file-type.ts). Returns its id; the
 * caller links it to its owner in the same transaction. `field` names the
 * form field that gets the French message on refusal.
 */
export async function storeFile(
  tx: Db,
  actor: { userId: string },
  input: { establishmentId: string; file: File; field?: string; maxBytes?: number },
): Promise<{ id: string; fileName: string; mediaType: string; byteSize: number }> {
  const field = input.field ?? "file";
  const maxBytes = input.maxBytes ?? MAX_UPLOAD_BYTES;
  if (input.file.size > maxBytes) throw new InvalidInputError({ [field]: [`Le fichier dépasse ${Math.round(maxBytes / 1024 / 1024)} Mo.`] });
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const checked = checkUpload({ name: input.file.name, bytes }, maxBytes);
  if (!checked.ok) throw new InvalidInputError({ [field]: [checked.message] });
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const stored = await tx.storedFile.create({
    data: {
      establishmentId: input.establishmentId,
      fileName: checked.fileName,
      mediaType: checked.type.mediaType,
      byteSize: bytes.length,
      sha256,
      content: bytes,
      uploadedById: actor.userId,
    },
    select: { id: true, fileName: true, mediaType: true, byteSize: true },
  });
  await recordAudit(tx, {
    actorId: actor.userId,
    establishmentId: input.establishmentId,
    action: "file.upload",
    entity: "stored_file",
    entityId: stored.id,
    summary: { fileName: stored.fileName, mediaType: stored.mediaType, byteSize: stored.byteSize },
  });
  return stored;
}
