"use client";

import { ScrollRegion } from "@/components/ui/scroll-region";
import { useId, useState, useTransition } from "react";
import { saveHours } from "../actions";
import { GROUP_SESSIONS_DISCIPLINE } from "@/features/groups/labels";
import { formatHours } from "../compliance";

type Period = { id: string; name: string };
type Scheme = { id: string; label: string };
type Entry = { schemeId: string; periodId: string; discipline: string; planned: number; delivered: number; version: string };
type Kind = "planned" | "delivered";

const cellKey = (schemeId: string, discipline: string, periodId: string) => `${schemeId}|${discipline}|${periodId}`;
const frenchNumber = (value: number) => (value === 0 ? "" : String(value).replace(".", ","));

function HourCell({
  label,
  initial,
  save,
}: {
  label: string;
  initial: { hours: number; version: string };
  save: (
    hours: string,
    version: string,
  ) => Promise<{ ok: true; hours: number; version: string } | { ok: false; message: string; current?: { hours: number; version: string } }>;
}) {
  const [text, setText] = useState(frenchNumber(initial.hours));
  const [saved, setSaved] = useState(initial);
  const [state, setState] = useState<{ kind: "idle" | "saved" | "error"; message?: string }>({ kind: "idle" });
  const [pending, startTransition] = useTransition();
  const messageId = useId();

  function commit() {
    if (text.trim() === frenchNumber(saved.hours)) return;
    startTransition(async () => {
      const outcome = await save(text.trim() === "" ? "0" : text, saved.version);
      if (outcome.ok) {
        setSaved({ hours: outcome.hours, version: outcome.version });
        setText(frenchNumber(outcome.hours));
        setState({ kind: "saved" });
      } else {
        // On a conflict the stored value becomes the base: the typed text stays, and saving it again replaces it knowingly.
        if (outcome.current) setSaved(outcome.current);
        setState({ kind: "error", message: outcome.message });
      }
    });
  }

  return (
    <div>
      <input
        type="text"
        inputMode="decimal"
        aria-label={label}
        aria-invalid={state.kind === "error"}
        aria-describedby={state.kind === "error" ? messageId : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setState({ kind: "idle" });
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            commit();
          }
        }}
        className={`w-20 rounded border px-2 py-1 text-right ${state.kind === "error" ? "border-red-600 bg-red-50" : "border-slate-400"}`}
      />
      <span aria-live="polite" className="block min-h-4 text-xs">
        {pending ? "…" : state.kind === "saved" ? <span className="text-green-800">enregistré</span> : null}
      </span>
      {state.kind === "error" && (
        <p id={messageId} role="alert" className="max-w-48 text-xs text-red-800">
          {state.message}
        </p>
      )}
    </div>
  );
}

export function HourGrid({
  establishmentId,
  divisionId,
  periods,
  schemes,
  entries,
  canEdit,
}: {
  establishmentId: string;
  divisionId: string;
  periods: Period[];
  schemes: Scheme[];
  entries: Entry[];
  canEdit: boolean;
}) {
  const [kind, setKind] = useState<Kind>("planned");
  const [values, setValues] = useState(() => new Map(entries.map((e) => [cellKey(e.schemeId, e.discipline, e.periodId), e])));
  const [extraDisciplines, setExtraDisciplines] = useState<{ schemeId: string; discipline: string }[]>([]);
  const rows = [
    ...schemes.map((s) => ({ schemeId: s.id, discipline: "" })),
    ...[...new Map(entries.filter((e) => e.discipline).map((e) => [`${e.schemeId}|${e.discipline}`, { schemeId: e.schemeId, discipline: e.discipline }])).values()],
    ...extraDisciplines,
  ].sort((a, b) => schemes.findIndex((s) => s.id === a.schemeId) - schemes.findIndex((s) => s.id === b.schemeId) || a.discipline.localeCompare(b.discipline));
  const label = (schemeId: string) => schemes.find((s) => s.id === schemeId)?.label ?? "";
  const valueOf = (schemeId: string, discipline: string, periodId: string) => values.get(cellKey(schemeId, discipline, periodId))?.[kind] ?? 0;
  const rowTotal = (schemeId: string, discipline: string) => periods.reduce((sum, p) => sum + valueOf(schemeId, discipline, p.id), 0);
  const columnTotal = (periodId: string) => rows.reduce((sum, r) => sum + valueOf(r.schemeId, r.discipline, periodId), 0);
  const total = rows.reduce((sum, r) => sum + rowTotal(r.schemeId, r.discipline), 0);

  async function save(schemeId: string, discipline: string, periodId: string, hours: string, version: string) {
    const result = await saveHours({ establishmentId, divisionId, schemeId, periodId, discipline, kind, hours, version });
    if (!result.ok) {
      const current = result.status === 409 ? (result.current as { hours: number; version: string } | undefined) : undefined;
      if (current) record(schemeId, discipline, periodId, current);
      return { ok: false as const, message: result.fieldErrors?.hours?.join(" ") ?? result.message, current };
    }
    record(schemeId, discipline, periodId, result.data);
    return { ok: true as const, hours: result.data.hours, version: result.data.version };
  }

  /** Keeps the grid's totals in step with what is stored. */
  function record(schemeId: string, discipline: string, periodId: string, stored: { hours: number; version: string }) {
    setValues((current) => {
      const next = new Map(current);
      const key = cellKey(schemeId, discipline, periodId);
      const previous = next.get(key) ?? { schemeId, periodId, discipline, planned: 0, delivered: 0, version: "" };
      next.set(key, { ...previous, [kind]: stored.hours, version: stored.version });
      return next;
    });
  }

  if (periods.length === 0 || schemes.length === 0) {
    return <p>Définissez d&apos;abord les périodes de l&apos;année et ouvrez les dispositifs.</p>;
  }

  return (
    <div className="space-y-3">
      <div role="radiogroup" aria-label="Heures affichées" className="flex gap-2">
        {(["planned", "delivered"] as const).map((k) => (
          <label key={k} className={`cursor-pointer rounded px-3 py-1.5 text-sm font-medium ring-1 ${kind === k ? "bg-brand-700 text-white ring-brand-700" : "bg-white ring-slate-300"}`}>
            <input type="radio" name="hour-kind" value={k} checked={kind === k} onChange={() => setKind(k)} className="sr-only" />
            {k === "planned" ? "Heures prévues" : "Heures faites"}
          </label>
        ))}
      </div>
      <ScrollRegion label="Plan d'heures de la classe">
        <table className="text-sm">
          <caption className="sr-only">{kind === "planned" ? "Heures prévues" : "Heures faites"} par volet et par période</caption>
          <thead>
            <tr className="text-left text-slate-600">
              <th scope="col" className="py-2 pr-3 font-medium">Volet / discipline</th>
              {periods.map((p) => (
                <th key={p.id} scope="col" className="px-2 py-2 font-medium">{p.name}</th>
              ))}
              <th scope="col" className="px-2 py-2 text-right font-medium">Total</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const name = row.discipline ? `${label(row.schemeId)} — ${row.discipline}` : label(row.schemeId);
              return (
                <tr key={`${row.schemeId}|${row.discipline}`} className="border-t border-slate-200 align-top">
                  <th scope="row" className={`py-2 pr-3 text-left font-medium ${row.discipline ? "pl-4 font-normal" : ""}`}>{name}</th>
                  {periods.map((p) => {
                    const entry = values.get(cellKey(row.schemeId, row.discipline, p.id));
                    return (
                      <td key={`${p.id}-${kind}`} className="px-2 py-1">
                        {canEdit && !(kind === "delivered" && row.discipline === GROUP_SESSIONS_DISCIPLINE) ? (
                          <HourCell
                            key={kind}
                            label={`${kind === "planned" ? "Heures prévues" : "Heures faites"}, ${name}, ${p.name}`}
                            initial={{ hours: entry?.[kind] ?? 0, version: entry?.version ?? "" }}
                            save={(hours, version) => save(row.schemeId, row.discipline, p.id, hours, version)}
                          />
                        ) : (
                          <span>{formatHours(entry?.[kind] ?? 0)}</span>
                        )}
                      </td>
                    );
                  })}
                  <td className="px-2 py-2 text-right font-medium">{formatHours(rowTotal(row.schemeId, row.discipline))}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-slate-400">
              <th scope="row" className="py-2 pr-3 text-left">Total</th>
              {periods.map((p) => (
                <td key={p.id} className="px-2 py-2 font-medium">{formatHours(columnTotal(p.id))}</td>
              ))}
              <td className="px-2 py-2 text-right font-semibold">{formatHours(total)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      {canEdit && (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const form = new FormData(event.currentTarget);
            const discipline = String(form.get("discipline") ?? "").trim().slice(0, 80);
            const schemeId = String(form.get("schemeId"));
            if (discipline && !rows.some((r) => r.schemeId === schemeId && r.discipline === discipline)) {
              setExtraDisciplines((current) => [...current, { schemeId, discipline }]);
            }
            event.currentTarget.reset();
          }}
        >
          <div>
            <label htmlFor="discipline-scheme" className="block text-sm font-medium">Volet</label>
            <select id="discipline-scheme" name="schemeId" className="mt-1 rounded border border-slate-400 bg-white px-2 py-1.5">
              {schemes.map((s) => (
                <option key={s.id} value={s.id}>{s.label}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="discipline-name" className="block text-sm font-medium">Discipline (facultatif)</label>
            <input id="discipline-name" name="discipline" maxLength={80} className="mt-1 rounded border border-slate-400 px-2 py-1.5" />
          </div>
          <button type="submit" className="rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100">Ajouter une ligne par discipline</button>
        </form>
      )}
    </div>
  );
}
