"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { secondaryButton, smallPrimaryButton } from "@/components/ui/form-styles";
import type { ActionResult } from "@/server/action-result";
import { loadAnswerHistory, restoreAnswer, saveAnswer } from "../actions";
import type { AnswerRevision, StoredAnswer } from "../answers";
import { answerStatusLabels, answerStatuses } from "../schemas";
import { AnswerView } from "./answer-view";
import { RichTextField, type RichTextHandle } from "./rich-text-field";

type Status = (typeof answerStatuses)[number];
type SaveState =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "offline" }
  | { kind: "error"; message: string }
  | { kind: "conflict"; mine: string; theirs: StoredAnswer | null };

type Draft = { body: string; status: Status; baseVersion: number; at: string };

/** How long the editor waits after the last keystroke before saving. */
export const AUTOSAVE_DELAY_MS = 800;

const draftKey = (gridId: string, itemKey: string) => `boussole:brouillon:${gridId}:${itemKey}`;

function readDraft(key: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

function writeDraft(key: string, draft: Draft | null) {
  try {
    if (draft) window.localStorage.setItem(key, JSON.stringify(draft));
    else window.localStorage.removeItem(key);
  } catch {
    // A full or forbidden storage: the save itself still runs.
  }
}

const time = (iso: string) => new Date(iso).toLocaleTimeString("fr-FR", { hour: "2-digit", minute: "2-digit" });
const dateTime = (iso: string) =>
  new Date(iso).toLocaleString("fr-FR", { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });

/** Save timings, read by the end-to-end test that measures the round trip. */
declare global {
  interface Window {
    __boussoleSaveTimings?: number[];
  }
}

/**
 * One answer of the grid, saved as the user types. Each save names the
 * version it was typed from; a refused save (someone saved meanwhile) shows
 * both texts to choose from or merge. A draft is kept on this device until
 * the server has it, so a closed tab or a lost connection loses nothing.
 */
export function AnswerEditor({
  establishmentId,
  gridId,
  itemKey,
  labelId,
  initial,
}: {
  establishmentId: string;
  gridId: string;
  itemKey: string;
  labelId: string;
  initial: StoredAnswer | null;
}) {
  const storageKey = draftKey(gridId, itemKey);
  const field = useRef<RichTextHandle>(null);
  const [status, setStatus] = useState<Status>(initial?.status ?? "NOT_STARTED");
  const [state, setState] = useState<SaveState>(initial ? { kind: "saved", at: initial.updatedAt } : { kind: "idle" });
  const [recovered, setRecovered] = useState(false);
  const [history, setHistory] = useState<AnswerRevision[] | null>(null);
  const [historyError, setHistoryError] = useState<string | null>(null);
  // The latest text and status, the version they were typed from, and whether a save runs.
  const body = useRef(initial?.body ?? "");
  const statusRef = useRef<Status>(initial?.status ?? "NOT_STARTED");
  const baseVersion = useRef(initial?.version ?? 0);
  // The same, for rendering (the history marks the version on screen).
  const [shownVersion, setShownVersion] = useState(initial?.version ?? 0);
  const setBase = useCallback((version: number) => {
    baseVersion.current = version;
    setShownVersion(version);
  }, []);
  // The latest save function, for the retries it schedules itself.
  const saveRef = useRef<() => Promise<void>>(async () => {});
  const savedBody = useRef(initial?.body ?? "");
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const conflicted = useRef(false);

  const keepDraft = useCallback(() => {
    writeDraft(storageKey, { body: body.current, status: statusRef.current, baseVersion: baseVersion.current, at: new Date().toISOString() });
  }, [storageKey]);

  const save = useCallback(async () => {
    timer.current = null;
    if (conflicted.current) return;
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    setState({ kind: "saving" });
    const sent = { body: body.current, status: statusRef.current };
    const started = performance.now();
    let result: ActionResult<StoredAnswer>;
    try {
      result = await saveAnswer({ establishmentId, gridId, itemKey, body: sent.body, status: sent.status, version: baseVersion.current });
    } catch {
      result = { ok: false, status: 503, message: "" };
    }
    (window.__boussoleSaveTimings ??= []).push(performance.now() - started);
    inFlight.current = false;
    if (result.ok) {
      setBase(result.data.version);
      savedBody.current = result.data.body;
      if (body.current === sent.body && statusRef.current === sent.status) {
        writeDraft(storageKey, null);
        statusRef.current = result.data.status;
        setStatus(result.data.status);
        setState({ kind: "saved", at: result.data.updatedAt });
      } else {
        keepDraft();
        again.current = true;
      }
    } else if (result.status === 409 && "current" in result) {
      conflicted.current = true;
      keepDraft();
      setState({ kind: "conflict", mine: body.current, theirs: (result.current as StoredAnswer | null) ?? null });
      return;
    } else if (result.status === 503 || result.status === 401) {
      keepDraft();
      setState(result.status === 401 ? { kind: "error", message: result.message } : { kind: "offline" });
      // The server may be back before the browser notices: try again shortly.
      if (result.status === 503) timer.current = setTimeout(() => void saveRef.current(), 5_000);
      return;
    } else {
      keepDraft();
      setState({ kind: "error", message: result.message });
      return;
    }
    if (again.current) {
      again.current = false;
      void saveRef.current();
    }
  }, [establishmentId, gridId, itemKey, storageKey, keepDraft, setBase]);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const schedule = useCallback(() => {
    keepDraft();
    setState((current) => (current.kind === "conflict" ? current : { kind: "dirty" }));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }, [keepDraft, save]);

  // A draft left by a closed tab or a lost connection: take it back, or show the clash.
  useEffect(() => {
    const draft = readDraft(storageKey);
    if (!draft || (draft.body === (initial?.body ?? "") && draft.status === (initial?.status ?? "NOT_STARTED"))) {
      writeDraft(storageKey, null);
      return;
    }
    body.current = draft.body;
    statusRef.current = draft.status;
    field.current?.setHtml(draft.body);
    // The draft lives in this device's storage, readable only once the page runs in the browser.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStatus(draft.status);
    setRecovered(true);
    if (draft.baseVersion === (initial?.version ?? 0)) {
      schedule();
    } else {
      conflicted.current = true;
      setState({ kind: "conflict", mine: draft.body, theirs: initial });
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Back online: send what waits. Leaving with unsaved text: ask first.
  useEffect(() => {
    const online = () => {
      if (!conflicted.current && body.current !== savedBody.current) void save();
    };
    const leaving = (event: BeforeUnloadEvent) => {
      if (inFlight.current || timer.current !== null) event.preventDefault();
    };
    window.addEventListener("online", online);
    window.addEventListener("beforeunload", leaving);
    return () => {
      window.removeEventListener("online", online);
      window.removeEventListener("beforeunload", leaving);
    };
  }, [save]);

  function resolve(choice: "mine" | "theirs" | "merge") {
    if (state.kind !== "conflict") return;
    const theirs = state.theirs;
    setBase(theirs?.version ?? 0);
    conflicted.current = false;
    if (choice === "theirs") {
      body.current = theirs?.body ?? "";
      statusRef.current = theirs?.status ?? "NOT_STARTED";
      savedBody.current = body.current;
      field.current?.setHtml(body.current);
      setStatus(statusRef.current);
      writeDraft(storageKey, null);
      setState(theirs ? { kind: "saved", at: theirs.updatedAt } : { kind: "idle" });
      return;
    }
    if (choice === "merge") {
      const other = theirs?.body ?? "";
      body.current = `${state.mine}<p><strong>Texte enregistré par ${theirs?.updatedBy || "un collègue"} :</strong></p>${other}`;
      field.current?.setHtml(body.current);
      field.current?.focus();
      if (statusRef.current === "ANSWERED") statusRef.current = "IN_PROGRESS";
      setStatus(statusRef.current);
      keepDraft();
      setState({ kind: "dirty" });
      timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
      return;
    }
    void save();
  }

  async function showHistory() {
    setHistoryError(null);
    const result = await loadAnswerHistory({ establishmentId, gridId, itemKey }).catch(() => null);
    if (result?.ok) setHistory(result.data);
    else setHistoryError(result?.message ?? "Le serveur ne répond pas : réessayez.");
  }

  async function restore(revision: number) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const result = await restoreAnswer({ establishmentId, gridId, itemKey, revision, version: baseVersion.current }).catch(() => null);
    if (result?.ok) {
      setBase(result.data.version);
      body.current = savedBody.current = result.data.body;
      statusRef.current = result.data.status;
      field.current?.setHtml(result.data.body);
      setStatus(result.data.status);
      writeDraft(storageKey, null);
      setState({ kind: "saved", at: result.data.updatedAt });
      setHistory(null);
    } else if (result && result.status === 409 && "current" in result) {
      conflicted.current = true;
      setState({ kind: "conflict", mine: body.current, theirs: (result.current as StoredAnswer | null) ?? null });
    } else {
      setHistoryError(result?.message ?? "Le serveur ne répond pas : réessayez.");
    }
  }

  const editorId = `reponse-${itemKey}`;
  const stateId = `etat-${itemKey}`;
  return (
    <div className="mt-2 space-y-2">
      {recovered && (
        <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
          Un brouillon non enregistré de cette réponse a été retrouvé sur cet appareil et repris.
        </p>
      )}
      <RichTextField
        ref={field}
        id={editorId}
        labelledBy={labelId}
        describedBy={stateId}
        initialHtml={initial?.body ?? ""}
        onChange={(html) => {
          body.current = html;
          schedule();
        }}
      />
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label className="flex items-center gap-2">
          <span>État</span>
          <select
            value={status}
            onChange={(event) => {
              const next = event.target.value as Status;
              statusRef.current = next;
              setStatus(next);
              schedule();
            }}
            className="rounded border border-slate-400 bg-white px-2 py-1"
          >
            {answerStatuses.map((value) => (
              <option key={value} value={value}>
                {answerStatusLabels[value]}
              </option>
            ))}
          </select>
        </label>
        <SaveIndicator id={stateId} state={state} />
        <button type="button" className={`${secondaryButton} ml-auto`} onClick={() => (history ? setHistory(null) : void showHistory())} aria-expanded={history !== null}>
          {history ? "Masquer l'historique" : "Historique"}
        </button>
      </div>
      {state.kind === "conflict" && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm">
          <p className="font-semibold text-red-900">Conflit : quelqu&apos;un a enregistré cette réponse pendant que vous écriviez.</p>
          <div className="mt-2 grid gap-3 md:grid-cols-2">
            <div>
              <p className="font-medium">Votre texte (conservé sur cet appareil)</p>
              <AnswerView html={state.mine} className="mt-1 rounded border border-slate-300 bg-white p-2" />
            </div>
            <div>
              <p className="font-medium">
                Texte enregistré{state.theirs ? ` par ${state.theirs.updatedBy || "un collègue"} à ${time(state.theirs.updatedAt)}` : ""}
              </p>
              <AnswerView html={state.theirs?.body ?? ""} className="mt-1 rounded border border-slate-300 bg-white p-2" />
            </div>
          </div>
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" className={smallPrimaryButton} onClick={() => resolve("mine")}>Garder mon texte</button>
            <button type="button" className={secondaryButton} onClick={() => resolve("theirs")}>Reprendre le texte enregistré</button>
            <button type="button" className={secondaryButton} onClick={() => resolve("merge")}>Fusionner les deux</button>
          </div>
        </div>
      )}
      {historyError && <p role="alert" className="text-sm text-red-800">{historyError}</p>}
      {history && (
        <section aria-label="Historique de la réponse" className="rounded border border-slate-200 bg-slate-50 p-3 text-sm">
          {history.length === 0 ? (
            <p>Aucune version enregistrée.</p>
          ) : (
            <ol className="space-y-3">
              {history.map((revision) => (
                <li key={revision.version} className="border-b border-slate-200 pb-2 last:border-0">
                  <p className="font-medium">
                    Version {revision.version} — {revision.author || "auteur inconnu"}, le {dateTime(revision.at)} ({answerStatusLabels[revision.status].toLowerCase()})
                  </p>
                  <AnswerView html={revision.body} className="mt-1 text-slate-800" />
                  {revision.version !== shownVersion && (
                    <button type="button" className={`${secondaryButton} mt-1`} onClick={() => void restore(revision.version)}>
                      Restaurer la version {revision.version}
                    </button>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </div>
  );
}

function SaveIndicator({ id, state }: { id: string; state: SaveState }) {
  const text =
    state.kind === "saved"
      ? `Enregistré à ${time(state.at)}`
      : state.kind === "saving"
        ? "Enregistrement…"
        : state.kind === "dirty"
          ? "Modifications en cours…"
          : state.kind === "offline"
            ? "Hors connexion : brouillon gardé sur cet appareil, envoyé au retour de la connexion"
            : state.kind === "error"
              ? state.message
              : state.kind === "conflict"
                ? "Non enregistré : conflit à résoudre"
                : "";
  const tone = state.kind === "error" || state.kind === "conflict" ? "text-red-800" : state.kind === "offline" ? "text-amber-900" : "text-slate-700";
  return (
    <span id={id} role="status" aria-live="polite" className={tone} data-save-state={state.kind}>
      {text}
    </span>
  );
}
