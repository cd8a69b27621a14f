// Optimistic concurrency: a form carries the version (last update time) of
// the row it shows; a save made on an older version is refused, never applied
// over someone else's change.

export function versionOf(updatedAt: Date): string {
  return updatedAt.toISOString();
}

export function isCurrentVersion(updatedAt: Date, seen: string): boolean {
  return versionOf(updatedAt) === seen;
}

export const STALE_EDIT =
  "Quelqu'un a modifié cet élément depuis que vous l'avez ouvert : rechargez la page pour voir sa version actuelle, puis refaites votre modification.";
