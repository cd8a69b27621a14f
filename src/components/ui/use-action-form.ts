"use client";

import { useRouter } from "next/navigation";
import { useRef, type FormEvent } from "react";
import type { ActionResult } from "@/server/action-result";
import { useAction } from "./use-action";

/**
 * A form bound to a server action. It submits on its own (rather than through
 * `action=`, which makes React clear the form), so that a refused save keeps
 * what was typed; on success it refreshes the page's data and, for creation
 * forms, clears itself.
 */
export function useActionForm<T>(
  action: (input: FormData) => Promise<ActionResult<T>>,
  options: { resetOnSuccess?: boolean; onSuccess?: (data: T) => void } = {},
) {
  const router = useRouter();
  // The form last submitted, to clear it once its creation succeeded.
  const form = useRef<HTMLFormElement | null>(null);
  const { result, pending, submit } = useAction(action, (data) => {
    if (options.resetOnSuccess) form.current?.reset();
    options.onSuccess?.(data);
    router.refresh();
  });
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    form.current = event.currentTarget;
    submit(new FormData(event.currentTarget));
  }
  return { result, pending, onSubmit };
}
