"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/server/action-result";

/** Runs a server action from a form and keeps its last result for the form to show. */
export function useAction<T>(action: (input: FormData) => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  function submit(formData: FormData) {
    startTransition(async () => {
      let outcome: ActionResult<T>;
      try {
        outcome = await action(formData);
      } catch {
        outcome = { ok: false, status: 503, message: "Le serveur ne répond pas : vos saisies sont conservées, réessayez." };
      }
      setResult(outcome);
      if (outcome.ok) onSuccess?.(outcome.data);
    });
  }
  return { result, pending, submit };
}
