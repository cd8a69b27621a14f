"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/server/action-result";

const unreachable = { ok: false, status: 503, message: "Le serveur ne répond pas : réessayez dans un instant." } as const;

export type ImportMode = "all" | "valid-only";

/**
 * The two steps of a CSV import (classes, pupils) from one form holding the
 * file: preview it, then send the same file again to import it (the server
 * reads it anew). Choosing another file drops the preview, which no longer
 * describes it.
 */
export function useFileImport<Preview>(
  previewAction: (data: FormData) => Promise<ActionResult<Preview>>,
  importAction: (data: FormData) => Promise<ActionResult<{ imported: number; skipped: number }>>,
) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [preview, setPreview] = useState<ActionResult<Preview> | null>(null);
  const [outcome, setOutcome] = useState<ActionResult<{ imported: number; skipped: number }> | null>(null);
  const [running, setRunning] = useState<"preview" | ImportMode | null>(null);
  const [pending, startTransition] = useTransition();

  function onPreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    setRunning("preview");
    startTransition(async () => {
      setOutcome(null);
      setPreview(await previewAction(data).catch(() => unreachable));
      setRunning(null);
    });
  }

  function runImport(mode: ImportMode) {
    if (pending || !form.current) return;
    const data = new FormData(form.current);
    data.set("mode", mode);
    setRunning(mode);
    startTransition(async () => {
      const result = await importAction(data).catch(() => unreachable);
      setOutcome(result);
      setRunning(null);
      if (result.ok) {
        form.current?.reset();
        setPreview(null);
        router.refresh();
      }
    });
  }

  function clear() {
    setPreview(null);
    setOutcome(null);
  }

  return { form, preview, outcome, pending, running, onPreview, runImport, clear };
}
