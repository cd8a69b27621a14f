import { ScrollRegion } from "@/components/ui/scroll-region";
import { strandLabels } from "@/features/frameworks/strands";
import type { StrandKind } from "@/generated/prisma/enums";

const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: "UTC" });
const statusLabels = { PLANNED: "Prévue", IN_PROGRESS: "En cours" } as const;

export function LateActions({ actions }: { actions: { id: string; title: string; owner: string; dueOn: Date; status: "PLANNED" | "IN_PROGRESS" | "DONE" | "ABANDONED"; strand: StrandKind }[] }) {
  if (actions.length === 0) return <p className="text-sm">Aucune action en retard.</p>;
  return (
    <ScrollRegion label="Actions en retard">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Actions du bloc Agir dont l&apos;échéance est passée</caption>
        <thead>
          <tr className="text-slate-700">
            <th scope="col" className="py-2 pr-3 font-medium">Action</th>
            <th scope="col" className="px-2 py-2 font-medium">Dispositif</th>
            <th scope="col" className="px-2 py-2 font-medium">Échéance</th>
            <th scope="col" className="px-2 py-2 font-medium">Responsable</th>
            <th scope="col" className="px-2 py-2 font-medium">État</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.id} className="border-t border-slate-200">
              <th scope="row" className="py-2 pr-3 text-left font-medium">{a.title}</th>
              <td className="px-2 py-2">{strandLabels[a.strand]}</td>
              <td className="px-2 py-2">{dateFormat.format(a.dueOn)}</td>
              <td className="px-2 py-2">{a.owner || "—"}</td>
              <td className="px-2 py-2">{a.status === "PLANNED" || a.status === "IN_PROGRESS" ? statusLabels[a.status] : a.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
