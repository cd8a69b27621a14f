import type { Metadata } from "next";
import { canOn } from "@/features/access/scope";
import { MembersPanel } from "@/features/members/components/members-panel";
import { listMembers } from "@/features/members/queries";
import { requireSchool } from "@/server/guards";
import { withScope } from "@/server/tenant";

export const metadata: Metadata = { title: "Équipe" };

export default async function MembersPage({ params }: { params: Promise<{ uai: string }> }) {
  const { scope, establishment, data } = await requireSchool((await params).uai, "members.read");
  const members = await withScope(data, (tx) => listMembers(tx, establishment.id));
  return (
    <section aria-labelledby="equipe">
      <h2 id="equipe" className="mb-4 text-lg font-semibold">Équipe de l&apos;établissement</h2>
      <MembersPanel establishmentId={establishment.id} members={members} canManage={canOn(scope, "members.manage", establishment)} />
    </section>
  );
}
