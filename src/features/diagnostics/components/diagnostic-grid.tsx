"use client";

import { useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { inputClass, labelClass, primaryButton, secondaryButton } from "@/components/ui/form-styles";
import { arrowCell, firstEmptyCell, stepCell, type Position } from "../grid-navigation";
import { levelAbbreviations, levelLabels, levelOfDigit, masteryLevels, readPastedBlock, type MasteryLevel } from "../levels";
import { GridLegend, levelStyles } from "./grid-legend";
import { cellKey as keyOf, useDiagnosticTable, type StoredCell } from "./use-diagnostic-table";

export type GridPupil = { id: string; lastName: string; firstName: string };
export type GridCompetency = { id: string; label: string; domainLabel: string };

/**
 * A class's diagnostic for one period, entered from the keyboard: arrows move,
 * 1 to 4 set the level and move on, Delete clears, Enter and Tab move on, a
 * block pasted from a spreadsheet fills the cells from the current one, and
 * one save sends every changed cell with the version it was read at.
 */
export function DiagnosticGrid({
  establishmentId,
  periodId,
  caption,
  tools,
  defaultToolId,
  pupils,
  competencies,
  cells,
  canWrite,
  focusOnOpen = false,
}: {
  establishmentId: string;
  periodId: string;
  caption: string;
  tools: { id: string; label: string }[];
  defaultToolId: string | null;
  pupils: GridPupil[];
  competencies: GridCompetency[];
  cells: Record<string, StoredCell>;
  canWrite: boolean;
  /** When the table was just chosen, the keyboard starts on its first empty cell. */
  focusOnOpen?: boolean;
}) {
  const table = useDiagnosticTable({ establishmentId, periodId, cells });
  const { result, pending, notice, setNotice, conflicts } = table;
  const [active, setActive] = useState<Position>({ row: 0, column: 0 });
  const [advance, setAdvance] = useState<"right" | "down">("right");
  const [toolId, setToolId] = useState(defaultToolId ?? tools[0]?.id ?? "");
  const [pasteErrors, setPasteErrors] = useState<string[]>([]);
  const cellRefs = useRef<(HTMLTableCellElement | null)[][]>([]);
  const rows = pupils.length;
  const columns = competencies.length;

  const focusCell = (position: Position) => {
    setActive(position);
    cellRefs.current[position.row]?.[position.column]?.focus();
  };

  const step = (from: Position, direction: 1 | -1) => stepCell(from, direction, { rows, columns }, advance);

  const setLevel = (position: Position, level: MasteryLevel | null) => {
    const key = keyOf(pupils[position.row]!.id, competencies[position.column]!.id);
    table.setLevels([[key, level]]);
    setNotice(null);
    setPasteErrors([]);
  };

  useEffect(() => {
    if (!focusOnOpen || !canWrite) return;
    const start = firstEmptyCell({ rows, columns }, (p) => keyOf(pupils[p.row]!.id, competencies[p.column]!.id) in cells);
    cellRefs.current[start.row]?.[start.column]?.focus();
    // Only when the table opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function save() {
    if (canWrite) table.save(toolId);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const move = (position: Position | null) => {
      if (!position) return false;
      event.preventDefault();
      focusCell(position);
      return true;
    };
    if ((event.ctrlKey || event.metaKey) && (event.key === "Enter" || event.key.toLowerCase() === "s")) {
      event.preventDefault();
      save();
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (move(arrowCell(event.key, active, { rows, columns }))) return;
    switch (event.key) {
      case "Enter":
        move(step(active, event.shiftKey ? -1 : 1));
        return;
      case "Tab":
        // At either end of the table, Tab leaves it as usual.
        move(step(active, event.shiftKey ? -1 : 1));
        return;
      case "Delete":
      case "Backspace":
        if (!canWrite) return;
        event.preventDefault();
        setLevel(active, null);
        return;
    }
    const level = levelOfDigit(event.key);
    if (level && canWrite) {
      event.preventDefault();
      setLevel(active, level);
      const next = step(active, 1);
      if (next) focusCell(next);
    }
  }

  function onPaste(event: ClipboardEvent<HTMLTableElement>) {
    if (!canWrite) return;
    event.preventDefault();
    const read = readPastedBlock(event.clipboardData.getData("text/plain"), active, {
      rows,
      columns,
      rowLabel: (r) => `${pupils[r]!.firstName} ${pupils[r]!.lastName}`,
      columnLabel: (c) => `« ${competencies[c]!.label} »`,
    });
    if (!read.ok) {
      setPasteErrors(read.errors);
      return;
    }
    setPasteErrors([]);
    table.setLevels(read.cells.map((cell) => [keyOf(pupils[cell.row]!.id, competencies[cell.column]!.id), cell.level]));
    setNotice(`${read.cells.length} cellule${read.cells.length > 1 ? "s" : ""} collée${read.cells.length > 1 ? "s" : ""} : pensez à enregistrer.`);
  }

  const conflictCount = Object.keys(conflicts).length;
  return (
    <div className="space-y-4">
      {canWrite && (
        <div className="flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor="diagnostic-tool" className={labelClass}>Outil de positionnement</label>
            <select id="diagnostic-tool" value={toolId} onChange={(e) => setToolId(e.target.value)} className={inputClass}>
              {tools.map((tool) => (
                <option key={tool.id} value={tool.id}>{tool.label}</option>
              ))}
            </select>
          </div>
          <fieldset className="text-sm">
            <legend className="font-medium">Après une saisie, aller</legend>
            <div className="mt-1 flex gap-4">
              <label className="inline-flex items-center gap-1.5">
                <input type="radio" name="advance" checked={advance === "right"} onChange={() => setAdvance("right")} /> à droite (élève par élève)
              </label>
              <label className="inline-flex items-center gap-1.5">
                <input type="radio" name="advance" checked={advance === "down"} onChange={() => setAdvance("down")} /> en bas (compétence par compétence)
              </label>
            </div>
          </fieldset>
        </div>
      )}

      <GridLegend id="diagnostic-shortcuts" />

      {pasteErrors.length > 0 && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
          <p>Rien n&apos;a été collé : {pasteErrors.length} problème{pasteErrors.length > 1 ? "s" : ""}.</p>
          <ul className="mt-1 max-h-48 list-disc overflow-auto pl-5">
            {pasteErrors.slice(0, 50).map((message, i) => (
              <li key={i}>{message}</li>
            ))}
          </ul>
        </div>
      )}

      <h3 id="diagnostic-caption" className="font-semibold">{caption}</h3>
      <div className="relative max-w-full overflow-x-auto rounded border border-slate-200 bg-white">
        <table
          role="grid"
          aria-labelledby="diagnostic-caption"
          aria-describedby="diagnostic-shortcuts"
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          className="w-full border-collapse text-sm"
        >
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 z-10 bg-slate-50 px-3 py-2 text-left font-medium">Élève</th>
              {competencies.map((c) => (
                <th key={c.id} scope="col" className="min-w-24 max-w-40 bg-slate-50 px-2 py-2 text-left align-bottom font-medium">
                  <span className="block text-xs font-normal text-slate-600">{c.domainLabel}</span>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {pupils.map((pupil, r) => (
              <tr key={pupil.id} className="border-t border-slate-200">
                <th scope="row" className="sticky left-0 z-10 bg-white px-3 py-1.5 text-left font-medium whitespace-nowrap">
                  {pupil.lastName} {pupil.firstName}
                </th>
                {competencies.map((c, col) => {
                  const key = keyOf(pupil.id, c.id);
                  const level = table.levelAt(key);
                  const dirty = table.isDirty(key);
                  const conflict = key in conflicts;
                  const isActive = active.row === r && active.column === col;
                  return (
                    <td
                      key={c.id}
                      ref={(el) => {
                        (cellRefs.current[r] ??= [])[col] = el;
                      }}
                      role="gridcell"
                      tabIndex={isActive ? 0 : -1}
                      aria-selected={isActive}
                      onFocus={() => setActive({ row: r, column: col })}
                      onClick={() => focusCell({ row: r, column: col })}
                      data-level={level ?? ""}
                      className={`cursor-pointer border-l border-slate-200 px-2 py-1.5 text-center font-semibold outline-none focus:ring-3 focus:ring-brand-600 focus:ring-inset ${
                        level ? levelStyles[level] : "text-slate-500"
                      } ${conflict ? "ring-2 ring-red-700 ring-inset" : dirty ? "underline decoration-2 decoration-blue-700 underline-offset-4" : ""}`}
                    >
                      {level ? <span aria-hidden="true">{levelAbbreviations[level]}</span> : <span aria-hidden="true">·</span>}
                      <span className="sr-only">{level ? levelLabels[level] : "non renseigné"}{dirty ? " (modifié, non enregistré)" : ""}</span>
                      {conflict && (
                        <span className="block text-xs font-normal text-red-800">
                          enregistré : {conflicts[key] ? levelAbbreviations[conflicts[key]!] : "vide"}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {canWrite && (
        <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Niveau de la cellule choisie">
          {masteryLevels.map((level, i) => (
            <button
              key={level}
              type="button"
              className={`${secondaryButton} ${levelStyles[level]}`}
              onClick={() => {
                setLevel(active, level);
                focusCell(step(active, 1) ?? active);
              }}
            >
              {levelAbbreviations[level]} <span className="sr-only">{levelLabels[level]}</span>
              <span aria-hidden="true" className="font-normal"> ({i + 1})</span>
            </button>
          ))}
          <button type="button" className={secondaryButton} onClick={() => { setLevel(active, null); focusCell(active); }}>
            Effacer
          </button>
        </div>
      )}

      {canWrite && (
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" onClick={save} disabled={pending} className={primaryButton}>
            {pending ? "Enregistrement…" : `Enregistrer le tableau${table.changedCount ? ` (${table.changedCount} modification${table.changedCount > 1 ? "s" : ""})` : ""}`}
          </button>
          <div aria-live="polite" className="min-w-0 flex-1 text-sm">
            {notice && <p role="status">{notice}</p>}
            {result && !result.ok && (
              <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-red-900">
                {result.message}
                {conflictCount > 0 ? ` (${conflictCount} cellule${conflictCount > 1 ? "s" : ""} encadrée${conflictCount > 1 ? "s" : ""} en rouge)` : ""}
                {result.fieldErrors && Object.values(result.fieldErrors).flat().length > 0 && <> {Object.values(result.fieldErrors).flat().join(" ")}</>}
              </p>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
