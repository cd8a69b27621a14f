import type { Metadata } from "next";
import { canOn } from "@/features/access/scope";
import { MeetingsPanel } from "@/features/meetings/components/meetings-panel";
import { listMeetings } from "@/features/meetings/queries";
import { requireSchoolYear } from "@/server/school-year-guard";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Réunions de concertation" };

export default async function MeetingsPage({ params }: { params: Promise<{ uai: string; annee: string }> }) {
  const { scope, establishment, year, data } = await requireSchoolYear(params, "groups.read");
  const meetings = await withScope(data, (tx) => listMeetings(tx, { establishmentId: establishment.id, schoolYear: year }));
  return (
    <section aria-labelledby="reunions">
      <h2 id="reunions" className="mb-2 text-lg font-semibold">
        Réunions de concertation
      </h2>
      <p className="mb-4 text-sm text-slate-700">
        {meetings.length} réunion{meetings.length > 1 ? "s" : ""} cette année : conseil pédagogique, équipe pédagogique, conseil d&apos;enseignement… avec leurs décisions et
        leur compte rendu.
      </p>
      <MeetingsPanel
        meetings={meetings.map((m) => ({ ...m, minutes: m.minutes ? { id: m.minutes.id, fileName: m.minutes.fileName, byteSize: m.minutes.byteSize } : null }))}
        establishmentId={establishment.id}
        schoolYear={year}
        downloadBase={`/etablissements/${establishment.uai}/fichiers`}
        canEdit={canOn(scope, "establishment.write", establishment)}
      />
    </section>
  );
}
