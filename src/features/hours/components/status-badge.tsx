import { complianceLabels, type ComplianceStatus } from "../compliance";

const statusStyles: Record<ComplianceStatus, string> = {
  ON_TRACK: "bg-green-100 text-green-900",
  AT_RISK: "bg-amber-100 text-amber-950",
  SHORT: "bg-red-100 text-red-900",
  NO_REFERENCE: "bg-slate-200 text-slate-900",
};

/** A class's or a school's hours compliance, as a coloured label. */
export function StatusBadge({ status }: { status: ComplianceStatus }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${statusStyles[status]}`}>{complianceLabels[status]}</span>;
}
