import { formatHours } from "../compliance";

/** Planned and delivered hours summed by one dimension (strand, discipline…). */
export function HourTotalsTable({
  caption,
  heading,
  rows,
}: {
  caption: string;
  heading: string;
  rows: { label: string; planned: number; delivered: number }[];
}) {
  return (
    <table className="text-sm">
      <caption className="mb-1 text-left font-medium">{caption}</caption>
      <thead>
        <tr className="text-left text-slate-600">
          <th scope="col" className="pr-4 font-medium">{heading}</th>
          <th scope="col" className="px-2 text-right font-medium">Prévu</th>
          <th scope="col" className="px-2 text-right font-medium">Fait</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label} className="border-t border-slate-200">
            <th scope="row" className="pr-4 text-left font-normal">{row.label}</th>
            <td className="whitespace-nowrap px-2 text-right">{formatHours(row.planned)}</td>
            <td className="whitespace-nowrap px-2 text-right">{formatHours(row.delivered)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
