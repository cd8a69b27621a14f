import { ScrollRegion } from "@/components/ui/scroll-region";
import { auditActionLabels, type AuditRow } from "../queries";

const dateFormat = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Paris" });

export function AuditTable({ events }: { events: AuditRow[] }) {
  if (events.length === 0) return <p>Aucune modification n&apos;a encore été enregistrée.</p>;
  return (
    <ScrollRegion label="Journal des modifications">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Journal des modifications, les plus récentes d&apos;abord</caption>
        <thead>
          <tr className="text-slate-600">
            <th scope="col" className="py-2 pr-4 font-medium">Date</th>
            <th scope="col" className="py-2 pr-4 font-medium">Auteur</th>
            <th scope="col" className="py-2 pr-4 font-medium">Modification</th>
            <th scope="col" className="py-2 font-medium">Détail</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-t border-slate-200 align-top">
              <td className="whitespace-nowrap py-2 pr-4">{dateFormat.format(event.at)}</td>
              <td className="py-2 pr-4">{event.actorName}</td>
              <td className="py-2 pr-4">{auditActionLabels[event.action] ?? event.action}</td>
              <td className="py-2 font-mono text-xs break-all">{JSON.stringify(event.summary)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
