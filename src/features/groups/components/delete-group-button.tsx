"use client";

import { useRouter } from "next/navigation";
import { FormMessage } from "@/components/ui/form-feedback";
import { dangerButton } from "@/components/ui/form-styles";
import { useAction } from "@/components/ui/use-action";
import { deleteGroup } from "../actions";

export function DeleteGroupButton({ establishmentId, groupId, name, listPath }: { establishmentId: string; groupId: string; name: string; listPath: string }) {
  const router = useRouter();
  const { result, pending, submit } = useAction(deleteGroup, () => router.push(listPath));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!pending && window.confirm(`Supprimer le groupe « ${name} », ses élèves et ses séances ?`)) submit(new FormData(e.currentTarget));
      }}
      className="flex flex-wrap items-center gap-3"
    >
      <input type="hidden" name="establishmentId" value={establishmentId} />
      <input type="hidden" name="groupId" value={groupId} />
      <button type="submit" className={dangerButton} disabled={pending}>
        Supprimer le groupe
      </button>
      <FormMessage result={result} />
    </form>
  );
}
