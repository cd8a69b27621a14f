import { ScrollRegion } from "@/components/ui/scroll-region";
import { complianceLabels, type ComplianceStatus } from "../compliance";
import { StatusBadge } from "./status-badge";

export type SchoolCompliance = { uai: string; name: string; city: string; counts: Record<ComplianceStatus, number>; classes: number };

const statuses: ComplianceStatus[] = ["ON_TRACK", "AT_RISK", "SHORT", "NO_REFERENCE"];

/** For inspectors: how many classes of each school are on track, at risk or short. Counts only, no class or pupil. */
export function AcademyCompliance({ schools, yearLabel }: { schools: SchoolCompliance[]; yearLabel: string }) {
  return (
    <>
      <p className="mb-2 text-sm text-slate-700">Heures d&apos;accompagnement {yearLabel} : nombre de classes par statut</p>
      <ScrollRegion label="Conformité des heures par établissement">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Heures d&apos;accompagnement {yearLabel} : nombre de classes par statut</caption>
          <thead>
            <tr className="text-slate-600">
              <th scope="col" className="py-2 pr-3 font-medium">Établissement</th>
              <th scope="col" className="px-2 py-2 text-right font-medium">Classes</th>
              {statuses.map((status) => (
                <th key={status} scope="col" className="px-2 py-2 text-right font-medium">{complianceLabels[status]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {schools.map((school) => (
              <tr key={school.uai} className="border-t border-slate-200">
                <th scope="row" className="py-2 pr-3 text-left font-medium">
                  {school.name}
                  <span className="block text-xs font-normal text-slate-600">{school.city} · {school.uai}</span>
                </th>
                <td className="px-2 py-2 text-right">{school.classes}</td>
                {statuses.map((status) => (
                  <td key={status} className="whitespace-nowrap px-2 py-2 text-right">
                    {school.counts[status] > 0 ? (
                      <>
                        <span className="sr-only">{complianceLabels[status]} : </span>
                        <span aria-hidden="true"><StatusBadge status={status} /></span> {school.counts[status]}
                      </>
                    ) : (
                      "0"
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
