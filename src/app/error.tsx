"use client";

import { DATABASE_UNAVAILABLE_DIGEST, UNAVAILABLE_MESSAGE } from "@/server/database-availability";

function RetryButton({ onClick }: { onClick: () => void }) {
  return (
    <button type="button" onClick={onClick} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900">
      Réessayer
    </button>
  );
}

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  if (error.digest === DATABASE_UNAVAILABLE_DIGEST) {
    return (
      <div role="alert" className="max-w-prose space-y-4">
        <h1 className="text-2xl font-semibold">Service momentanément indisponible</h1>
        <p>{UNAVAILABLE_MESSAGE}</p>
        <RetryButton onClick={reset} />
      </div>
    );
  }
  return (
    <div role="alert" className="max-w-prose space-y-4">
      <h1 className="text-2xl font-semibold">Une erreur est survenue</h1>
      <p>
        Le service n&apos;a pas pu afficher cette page. Réessayez dans un instant ; si le problème persiste,
        transmettez ce code à l&apos;assistance : <code>{error.digest ?? "inconnu"}</code>.
      </p>
      <RetryButton onClick={reset} />
    </div>
  );
}
