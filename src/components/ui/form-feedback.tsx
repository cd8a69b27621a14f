import type { ActionResult } from "@/server/action-result";

/** The overall outcome of a form, announced to screen readers. */
export function FormMessage({ result, success }: { result: ActionResult<unknown> | null; success?: string }) {
  if (!result) return null;
  if (result.ok) {
    return success ? (
      <p role="status" className="rounded border border-green-300 bg-green-50 p-2 text-sm text-green-900">
        {success}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900">
      {result.message}
    </p>
  );
}

/** The message of one field, tied to its input by id (aria-describedby). */
export function FieldError({ result, name, id }: { result: ActionResult<unknown> | null; name: string; id: string }) {
  const messages = result && !result.ok ? result.fieldErrors?.[name] : undefined;
  if (!messages?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-800">
      {messages.join(" ")}
    </p>
  );
}
