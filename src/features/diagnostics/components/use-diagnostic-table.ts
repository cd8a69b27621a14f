"use client";

import { useEffect, useMemo, useState, useTransition } from "react";
import type { ActionResult } from "@/server/action-result";
import { saveDiagnostics } from "../actions";
import type { MasteryLevel } from "../levels";
import type { CellConflict } from "../service";

export type StoredCell = { level: MasteryLevel; version: string };
type Base = { level: MasteryLevel | null; version: string | null };

export const cellKey = (pupilId: string, competencyId: string) => `${pupilId}|${competencyId}`;

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/**
 * The state of a diagnostic table: what is stored (with each cell's version),
 * what was typed, and cells found changed by someone else on a refused save.
 * One save sends the changed cells; on success they become the stored ones,
 * on a conflict the stored values and versions are taken and the typed ones kept.
 */
export function useDiagnosticTable({ establishmentId, periodId, cells }: { establishmentId: string; periodId: string; cells: Record<string, StoredCell> }) {
  const [base, setBase] = useState<Record<string, Base>>(() =>
    Object.fromEntries(Object.entries(cells).map(([key, cell]) => [key, { level: cell.level, version: cell.version }])),
  );
  const [edits, setEdits] = useState<Record<string, MasteryLevel | null>>({});
  const [conflicts, setConflicts] = useState<Record<string, MasteryLevel | null>>({});
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const changed = useMemo(() => Object.entries(edits).filter(([key, level]) => (base[key]?.level ?? null) !== level), [edits, base]);

  // Leaving the page with unsaved levels asks first.
  useEffect(() => {
    if (changed.length === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [changed.length]);

  const levelAt = (key: string): MasteryLevel | null => (key in edits ? edits[key]! : (base[key]?.level ?? null));
  const isDirty = (key: string) => key in edits && (base[key]?.level ?? null) !== edits[key];

  function setLevels(entries: [string, MasteryLevel | null][]) {
    setEdits((previous) => ({ ...previous, ...Object.fromEntries(entries) }));
  }

  function onSaved(sent: Record<string, MasteryLevel | null>, data: { set: number; cleared: number; versions: { pupilId: string; competencyId: string; version: string | null }[] }) {
    setBase((previous) => {
      const next = { ...previous };
      for (const v of data.versions) {
        const key = cellKey(v.pupilId, v.competencyId);
        next[key] = { level: sent[key] ?? null, version: v.version };
      }
      return next;
    });
    // What was typed while the save ran stays to be saved.
    setEdits((previous) => Object.fromEntries(Object.entries(previous).filter(([key, level]) => !(key in sent) || sent[key] !== level)));
    setConflicts({});
    setNotice(`${plural(data.set, "niveau enregistré", "niveaux enregistrés")}${data.cleared ? `, ${plural(data.cleared, "effacé", "effacés")}` : ""}.`);
  }

  function onConflict(current: CellConflict[]) {
    setConflicts(Object.fromEntries(current.map((c) => [cellKey(c.pupilId, c.competencyId), c.level])));
    setBase((previous) => {
      const next = { ...previous };
      for (const c of current) next[cellKey(c.pupilId, c.competencyId)] = { level: c.level, version: c.version };
      return next;
    });
  }

  function save(toolId: string) {
    if (pending) return;
    if (changed.length === 0) {
      setNotice("Aucune modification à enregistrer.");
      return;
    }
    setNotice(null);
    const sent = Object.fromEntries(changed);
    const payload = changed.map(([key, level]) => {
      const [pupilId, competencyId] = key.split("|") as [string, string];
      return { pupilId, competencyId, level, seen: base[key]?.version ?? null };
    });
    startTransition(async () => {
      const outcome = await saveDiagnostics({ establishmentId, periodId, toolId, cells: payload }).catch(
        () => ({ ok: false, status: 503, message: "Le serveur ne répond pas : votre saisie est conservée, réessayez." }) as const,
      );
      setResult(outcome);
      if (outcome.ok) onSaved(sent, outcome.data);
      else if (outcome.status === 409 && Array.isArray(outcome.current)) onConflict(outcome.current as CellConflict[]);
    });
  }

  return { levelAt, isDirty, conflicts, changedCount: changed.length, setLevels, save, result, pending, notice, setNotice };
}
