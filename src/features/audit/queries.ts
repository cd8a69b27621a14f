import "server-only";
import type { Db } from "@/server/prisma-client";

/** The latest audit events, of one school or (for administrators) of the platform. */
export async function listAuditEvents(tx: Db, options: { establishmentId?: string; take?: number }) {
  const events = await tx.auditEvent.findMany({
    where: options.establishmentId ? { establishmentId: options.establishmentId } : {},
    orderBy: { at: "desc" },
    take: options.take ?? 200,
    select: { id: true, at: true, action: true, entity: true, entityId: true, summary: true, actorId: true, establishmentId: true },
  });
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => id !== null))];
  const actors = await tx.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } });
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return events.map((event) => ({ ...event, actorName: event.actorId ? (names.get(event.actorId) ?? "compte supprimé") : "système" }));
}

export type AuditRow = Awaited<ReturnType<typeof listAuditEvents>>[number];

export const auditActionLabels: Record<string, string> = {
  "period.create": "Période ajoutée",
  "period.update": "Période modifiée",
  "period.delete": "Période supprimée",
  "scheme.open": "Dispositifs ouverts",
  "scheme.update": "Dispositif modifié",
  "scheme.delete": "Dispositif fermé",
  "hours.plan": "Heures prévues",
  "hours.deliver": "Heures faites",
  "file.upload": "Fichier déposé",
  "group.create": "Groupe de besoin créé",
  "group.update": "Groupe de besoin modifié",
  "group.delete": "Groupe de besoin supprimé",
  "group.members": "Élèves d'un groupe modifiés",
  "group.compose": "Groupes composés avec l'assistant",
  "session.record": "Séance et présences enregistrées",
  "session.delete": "Séance supprimée",
  "referent.assign": "Référent désigné",
  "referent.assign-class": "Référents désignés pour une classe",
  "referent.settings": "Seuil de suivi des référents modifié",
  "interview.create": "Entretien de référent noté",
  "interview.delete": "Entretien de référent supprimé",
  "meeting.create": "Réunion de concertation ajoutée",
  "meeting.update": "Réunion de concertation modifiée",
  "meeting.delete": "Réunion de concertation supprimée",
  "membership.create": "Membre ajouté",
  "membership.update": "Rôle modifié",
  "membership.delete": "Membre retiré",
  "user.create": "Compte créé",
  "user.update": "Compte modifié",
  "user.password": "Mot de passe changé",
  "user.disable": "Compte désactivé",
  "user.enable": "Compte réactivé",
  "academy.create": "Académie créée",
  "academy.update": "Académie modifiée",
  "establishment.create": "Établissement créé",
  "establishment.update": "Établissement modifié",
  "inspector.assign": "Inspecteur rattaché",
  "inspector.unassign": "Inspecteur détaché",
  "framework.create": "Référentiel créé",
  "framework.update": "Référentiel modifié",
  "framework.version": "Nouvelle version de référentiel",
  "framework.delete": "Référentiel supprimé",
  "pupil.create": "Élève ajouté",
  "pupil.update": "Élève modifié",
  "pupil.delete": "Élève retiré",
  "pupil.import": "Élèves importés",
  "pupil.purge": "Élèves d'une année purgés",
  "competency.create": "Compétence ajoutée",
  "competency.archive": "Compétence archivée",
  "competency.restore": "Compétence rétablie",
  "tool.create": "Outil de positionnement ajouté",
  "tool.archive": "Outil de positionnement archivé",
  "tool.restore": "Outil de positionnement rétabli",
  "diagnostic.save": "Diagnostic enregistré",
};
