"use client";

import { useMemo, useState } from "react";
import { FormMessage } from "@/components/ui/form-feedback";
import { dangerButton, inputClass, labelClass, primaryButton, secondaryButton } from "@/components/ui/form-styles";
import { setGroupMembers } from "../actions";
import { useObjectAction } from "./use-object-action";

type Pupil = { id: string; firstName: string; lastName: string; division: string };
type Member = { pupilId: string; reason: string };

/** The pupils of a group, each with why they are there; add from the year's pupils, remove, then save. */
export function MembersEditor({
  establishmentId,
  groupId,
  version,
  capacity,
  members: initial,
  pupils,
}: {
  establishmentId: string;
  groupId: string;
  version: string;
  capacity: number;
  members: Member[];
  pupils: Pupil[];
}) {
  const [members, setMembers] = useState<Member[]>(initial);
  const [division, setDivision] = useState("");
  const [candidate, setCandidate] = useState("");
  const { result, pending, run } = useObjectAction(setGroupMembers);
  const byId = useMemo(() => new Map(pupils.map((p) => [p.id, p])), [pupils]);
  const divisions = useMemo(() => [...new Set(pupils.map((p) => p.division))], [pupils]);
  const inGroup = new Set(members.map((m) => m.pupilId));
  const candidates = pupils.filter((p) => !inGroup.has(p.id) && (division === "" || p.division === division));
  const name = (id: string) => {
    const p = byId.get(id);
    return p ? `${p.lastName} ${p.firstName}` : "Élève";
  };

  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700" aria-live="polite">
        {members.length} élève{members.length > 1 ? "s" : ""} sur {capacity} places.
        {members.length > capacity && <strong className="ml-1 text-red-800">La capacité est dépassée : l&apos;enregistrement sera refusé.</strong>}
      </p>
      {members.length > 0 && (
        <ul aria-label="Élèves du groupe" className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {members.map((m, i) => (
            <li key={m.pupilId} className="grid gap-2 p-2 sm:grid-cols-[12rem_1fr_auto] sm:items-center">
              <span className="font-medium">
                {name(m.pupilId)} <span className="text-sm font-normal text-slate-600">{byId.get(m.pupilId)?.division}</span>
              </span>
              <label className="sr-only" htmlFor={`reason-${m.pupilId}`}>
                Raison de la présence de {name(m.pupilId)}
              </label>
              <input
                id={`reason-${m.pupilId}`}
                value={m.reason}
                maxLength={300}
                placeholder="Raison (besoin repéré)"
                onChange={(e) => setMembers(members.map((x, j) => (j === i ? { ...x, reason: e.target.value } : x)))}
                className="w-full rounded border border-slate-400 px-2 py-1 text-sm"
              />
              <button type="button" className={dangerButton} onClick={() => setMembers(members.filter((_, j) => j !== i))}>
                Retirer<span className="sr-only"> {name(m.pupilId)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="grid gap-3 rounded border border-slate-200 bg-slate-50 p-3 sm:grid-cols-[12rem_1fr_auto] sm:items-end">
        <div>
          <label htmlFor={`division-${groupId}`} className={labelClass}>
            Classe
          </label>
          <select id={`division-${groupId}`} className={inputClass} value={division} onChange={(e) => setDivision(e.target.value)}>
            <option value="">Toutes les classes</option>
            {divisions.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`candidate-${groupId}`} className={labelClass}>
            Élève à ajouter
          </label>
          <select id={`candidate-${groupId}`} className={inputClass} value={candidate} onChange={(e) => setCandidate(e.target.value)}>
            <option value="">Choisir un élève…</option>
            {candidates.map((p) => (
              <option key={p.id} value={p.id}>
                {p.lastName} {p.firstName} ({p.division})
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className={secondaryButton}
          disabled={!candidate}
          onClick={() => {
            if (!candidate) return;
            setMembers([...members, { pupilId: candidate, reason: "" }]);
            setCandidate("");
          }}
        >
          Ajouter au groupe
        </button>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={primaryButton} disabled={pending} onClick={() => run({ establishmentId, groupId, version, members })}>
          {pending ? "Enregistrement…" : "Enregistrer les élèves"}
        </button>
        <FormMessage result={result} success="Élèves du groupe enregistrés." />
      </div>
    </div>
  );
}
