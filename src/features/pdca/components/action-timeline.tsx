import { actionStatusLabels } from "../schemas";
import type { ActRow } from "./act-block";

const DAY = 86_400_000;
const toTime = (iso: string) => new Date(`${iso}T00:00:00Z`).getTime();
const frenchDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("fr-FR", { timeZone: "UTC" });
const barTone = { PLANNED: "bg-slate-500", IN_PROGRESS: "bg-brand-700", DONE: "bg-green-700", ABANDONED: "bg-slate-300" } as const;

/** The actions on a time line, from the earliest start to the latest due date, with the key dates marked. */
export function ActionTimeline({ actions, keyDates }: { actions: ActRow[]; keyDates: { id: string; on: string; label: string }[] }) {
  const dated = actions.filter((a) => a.startsOn || a.dueOn);
  const points = [...dated.flatMap((a) => [a.startsOn, a.dueOn].filter(Boolean)), ...keyDates.map((d) => d.on)].map(toTime);
  if (dated.length === 0) return null;
  const first = Math.min(...points);
  const last = Math.max(...points, first + 30 * DAY);
  const span = last - first;
  const at = (iso: string) => ((toTime(iso) - first) / span) * 100;
  const months: { label: string; left: number }[] = [];
  const cursor = new Date(first);
  cursor.setUTCDate(1);
  while (cursor.getTime() <= last) {
    if (cursor.getTime() >= first) months.push({ label: cursor.toLocaleDateString("fr-FR", { month: "short", timeZone: "UTC" }), left: ((cursor.getTime() - first) / span) * 100 });
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return (
    <section aria-labelledby="chronologie" className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h3 id="chronologie" className="text-lg font-semibold text-brand-900">Chronologie des actions</h3>
      <p className="text-sm text-slate-700">Du {frenchDate(new Date(first).toISOString().slice(0, 10))} au {frenchDate(new Date(last).toISOString().slice(0, 10))}.</p>
      <div className="relative mt-3 h-5 border-b border-slate-300 text-xs text-slate-600" aria-hidden="true">
        {months.map((m) => (
          <span key={m.left} className="absolute" style={{ left: `${m.left}%` }}>{m.label}</span>
        ))}
      </div>
      <ul className="mt-2 space-y-2">
        {dated.map((action) => {
          const start = at(action.startsOn || action.dueOn);
          const end = at(action.dueOn || action.startsOn);
          return (
            <li key={action.id} className="grid gap-1 sm:grid-cols-[14rem_1fr] sm:items-center">
              <span className="text-sm">
                {action.title}
                <span className="sr-only">
                  {" "}: {action.startsOn ? `du ${frenchDate(action.startsOn)}` : ""} {action.dueOn ? `au ${frenchDate(action.dueOn)}` : ""}, {actionStatusLabels[action.status].toLowerCase()}
                </span>
              </span>
              <span className="relative block h-4 rounded bg-slate-100" aria-hidden="true">
                <span className={`absolute top-0 h-4 rounded ${barTone[action.status]}`} style={{ left: `${start}%`, width: `${Math.max(end - start, 1)}%` }} />
              </span>
            </li>
          );
        })}
      </ul>
      {keyDates.length > 0 && (
        <div className="relative mt-3 h-6 border-t border-slate-300" aria-hidden="true">
          {keyDates.map((d) => (
            <span key={d.id} title={`${frenchDate(d.on)} : ${d.label}`} className="absolute top-0 -ml-1 text-brand-700" style={{ left: `${at(d.on)}%` }}>▲</span>
          ))}
        </div>
      )}
    </section>
  );
}
