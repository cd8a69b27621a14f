import "server-only";
import type { Db } from "@/server/prisma-client";

/** A school year's concertation meetings, latest first, with their minutes' file. */
export async function listMeetings(tx: Db, options: { establishmentId: string; schoolYear: number }) {
  const meetings = await tx.meeting.findMany({
    where: { establishmentId: options.establishmentId, schoolYear: options.schoolYear },
    orderBy: { heldOn: "desc" },
    select: {
      id: true,
      heldOn: true,
      body: true,
      bodyLabel: true,
      participants: true,
      agenda: true,
      decisions: true,
      updatedAt: true,
      minutes: { select: { id: true, fileName: true, byteSize: true, mediaType: true } },
    },
  });
  return meetings.map((m) => ({ ...m, heldOn: m.heldOn.toISOString().slice(0, 10), version: m.updatedAt.toISOString() }));
}

export type MeetingItem = Awaited<ReturnType<typeof listMeetings>>[number];
