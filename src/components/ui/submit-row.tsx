import type { ActionResult } from "@/server/action-result";
import { FormMessage } from "./form-feedback";
import { primaryButton } from "./form-styles";

/** A form's submit button (its label changes while saving) and the outcome of the last submission. */
export function SubmitRow({
  pending,
  result,
  idle,
  busy,
  success,
  className = "",
}: {
  pending: boolean;
  result: ActionResult<unknown> | null;
  idle: string;
  busy: string;
  success?: string;
  className?: string;
}) {
  return (
    <>
      <div className={className}>
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? busy : idle}
        </button>
      </div>
      <div className={className}>
        <FormMessage result={result} success={success} />
      </div>
    </>
  );
}
