// "Mettre en œuvre l’accompagnement renforcé": the grid of the three strands of
// the TVP support scheme (fiches 1.6, 1.7, 1.8), seed 002_cbd8c57b389f7e56.txt. Columns:
// Plan (context paragraph, the regulatory hours box of its footnote 1 kept as
// context text, questions) → PLAN, with the regulatory texts of the heading as a
// "Textes de référence" section; Do ("Acteurs – Actions – Moyens – Temps") → DO;
// Check ("Exemples d’indicateurs de suivi") → CHECK. The seed has no Act column:
// the Act block of the general grid (000) is borrowed.
// Texts are the seed's, word for word; only whitespace runs are collapsed.

import type { Sheet } from "./types";
import { borrowedActSections } from "./act-block";

export const tvpThreeStrandsSheet: Sheet = {
  key: "tvp-three-strands",
  title: "Mettre en œuvre l’accompagnement renforcé",
  subtitle: "Accompagnement personnalisé (fiche 1.6) – Consolidation des acquis (fiche 1.7) – Aide à l’orientation (fiche 1.8)",
  seedFile: "002_cbd8c57b389f7e56.txt",
  frameworkCode: "TVP-2019",
  strands: ["CONSOLIDATION", "PERSONALISED_SUPPORT", "GUIDANCE"],
  version: 1,
  context: [
    "Dans le cadre de la transformation de la voie professionnelle, chaque élève bénéficie d’un temps d’accompagnement renforcé qui répond à ses besoins, à ses aspirations et à ses projets. La consolidation des acquis et l’accompagnement personnalisé sont deux volets du dispositif d’accompagnement.1",
    "",
    "1 Les trois volets du dispositif d’accompagnement",
    "Volumes horaires pour un cycle et par année comprenant trois volets :",
    "1. Consolidation des acquis",
    "2. Accompagnement personnalisé",
    "3. Aide à l’orientation (module d’insertion professionnelle et de poursuite d’études)",
    "CAP : 192,5 h pour le cycle",
    "Année 1 : 101,5 h / Année 2 : 91 h",
    "Bac Pro : 265 h pour le cycle",
    "Seconde : 90 heures",
    "Première : 84 heures",
    "Terminale : 91 heures",
  ].join("\n"),
  sections: [
    {
      key: "contexte",
      phase: "PLAN",
      title: "Contexte, stratégie, sens, objectifs",
      items: [
        { key: "ces-modules-inscrivent-ils-dans", kind: "question", text: "Ces modules s’inscrivent-ils dans un axe / des axes du projet d’établissement ?" },
        { key: "le-pilotage-des-actions-est", kind: "question", text: "Le pilotage des actions est-il mis en place ?" },
        { key: "des-instances-comme-par-exemple", kind: "question", text: "Des instances comme par exemple le Conseil pédagogique définissent-elles des objectifs et des propositions de mise en œuvre\u00a0?" },
        { key: "comment-est-organisee-la-communication", kind: "question", text: "Comment est organisée la communication autour de la question de l’accompagnement ?" },
        { key: "un-echeancier-des-indicateurs-cibles", kind: "question", text: "Un échéancier, des indicateurs cibles, des bilans d’étapes sont-ils prévus ?" },
      ],
    },
    {
      key: "textes-de-reference",
      phase: "PLAN",
      title: "Textes de référence",
      items: [
        { key: "decret-2009-148-du-10", kind: "guidance", text: "Décret n°2009-148 du 10 février 2009 relatif à l’organisation de la voie professionnelle. BO n°1 du 3 janvier 2019 (CAP et Baccalauréat professionnel). BO n°12 du 21 mars 2019 (Note de service du 13 mars 2019 Horaires CAP et Baccalauréat professionnel. Vade-mecum Consolidation des acquis et Accompagnement Personnalisé sur Eduscol." },
      ],
    },
    {
      key: "acteurs-actions-moyens-temps",
      phase: "DO",
      title: "Acteurs – Actions – Moyens – Temps",
      items: [
        { key: "comment-est-organise-e-le", kind: "question", text: "Comment est organisé(e) le pilotage et/ou la coordination du dispositif ?" },
        { key: "y-a-il-un-pilote", kind: "question", text: "Y-a-t-il un pilote ou un référent désigné pour la coordination des dispositifs\u00a0? Quel est son rôle\u00a0? D’autres personnes ressources sont-elles identifiées par l’établissement\u00a0?" },
        { key: "quel-role-le-conseil-pedagogique", kind: "question", text: "Quel rôle le conseil pédagogique joue-t-il dans l’organisation du dispositif\u00a0?" },
        { key: "dans-quelle-mesure-organisation-mise", kind: "question", text: "Dans quelle mesure l’organisation mise en place favorise-t-elle la réussite des actions menées ainsi que l’adhésion des élèves ?" },
        { key: "comment-articulent-la-mise-en", kind: "question", text: "Comment s’articulent la mise en œuvre et les contenus des trois volets de l’accompagnement ?" },
        { key: "comment-le-volume-horaire-des", kind: "question", text: "Comment le volume horaire des trois volets est-il réparti\u00a0; selon quelles stratégies, quelles disciplines ?" },
        { key: "dans-quelle-mesure-les-modes", kind: "question", text: "Dans quelle mesure les modes d’organisations retenus (temps intensifs, alignements en barrettes, créneaux de concertation, etc.) apportent-ils une plus-value au travail d’équipe ?" },
        { key: "le-choix-des-creneaux-horaires", kind: "question", text: "Le choix des créneaux horaires dans l’emploi du temps favorise-t-il l’assiduité des élèves ?" },
        { key: "comment-la-periode-accueil-et", kind: "question", text: "Comment la période d’accueil et d’intégration des élèves entrant en lycée professionnel a-t- elle contribué à la mise en place de groupes répondant à cet accompagnement renforcé ?" },
        { key: "comment-le-numerique-contribue-il", kind: "question", text: "Comment le numérique contribue-t-il à la gestion de l’organisation (planning, réunions de concertation, échéancier, bilans d’étape, partage d’outils et contenus pédagogiques …) ?" },
        { key: "un-plan-de-formation-des", kind: "question", text: "Un plan de formation des enseignants en établissement et/ou au Plan Unique de Formation est-il établi ?" },
        { key: "comment-le-dispositif-est-il", kind: "question", text: "Comment le dispositif est-il nommé dans l’emploi du temps\u00a0?" },
      ],
    },
    {
      key: "indicateurs",
      phase: "CHECK",
      title: "Exemples d’indicateurs de suivi",
      items: [
        { key: "organigramme-de-pilotage", kind: "indicator", text: "Organigramme de pilotage" },
        { key: "instances-impliquees-ca-conseil-pedagogique", kind: "indicator", text: "Instances impliquées (CA, Conseil pédagogique, conseil d’enseignement)" },
        { key: "tableaux-de-bord-organisation-volumes", kind: "indicator", text: "Tableaux de bord d’organisation (volumes horaires, groupes, acteurs, disciplines / spécialités, phasages, actions, type de groupe, etc...)" },
        { key: "plan-fiche-action-de-la", kind: "indicator", text: "Plan, fiche action de la période dite d’intégration des entrants" },
        { key: "outils-numeriques-facilitateurs", kind: "indicator", text: "Outils numériques facilitateurs" },
        { key: "actions-de-formation-prevues-realisees", kind: "indicator", text: "Actions de formation prévues/réalisées" },
        { key: "nombre-et-nature-des-outils", kind: "indicator", text: "Nombre et nature des outils de positionnement retenus (tests nationaux, LSU, entretiens, évaluations…)" },
      ],
    },
    ...borrowedActSections(),
  ],
};
