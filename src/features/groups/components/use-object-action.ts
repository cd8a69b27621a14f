"use client";

import { useRouter } from "next/navigation";
import type { ActionResult } from "@/server/action-result";
import { useAction } from "@/components/ui/use-action";

/**
 * An action called with a plain object built by the component (lists of
 * pupils, a whole proposal), rather than a form's fields. The page's data is
 * refreshed on success.
 */
export function useObjectAction<I, T>(action: (input: I) => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) {
  const router = useRouter();
  const { result, pending, submit } = useAction(action as unknown as (input: FormData) => Promise<ActionResult<T>>, (data) => {
    onSuccess?.(data);
    router.refresh();
  });
  return { result, pending, run: (input: I) => submit(input as unknown as FormData) };
}
