// General PDCA grid of the support schemes of the TVP (transformation de la
// voie professionnelle), seed 000_4eb1c5e3645eb11f.txt. Columns: Plan (context questions)
// → PLAN; Do ("Acteurs – Actions – Moyens – Temps": strategy, diagnostic,
// support and review phases) → DO; Check (example indicators, then the question
// on intermediate reviews) → CHECK; "Act Agir" block → ACT (see act-block.ts).
// Texts are the seed's, word for word; only whitespace runs are collapsed.

import type { Sheet } from "./types";
import { generalGridActSections } from "./act-block";

export const tvpGeneralSheet: Sheet = {
  key: "tvp-general",
  title: "Dispositifs d’accompagnement de la TVP – grille générale",
  seedFile: "000_4eb1c5e3645eb11f.txt",
  frameworkCode: "TVP-2019",
  strands: ["CONSOLIDATION", "PERSONALISED_SUPPORT", "GUIDANCE"],
  version: 1,
  context: [
    "Les dispositifs d’accompagnement représentent un volume horaire important pour les élèves\u00a0: 3h hebdomadaires en Bac Pro et 3,5h en CAP.",
    "Objectifs\u00a0: répondre aux besoins des élèves\u00a0: consolider les compétences du socle commun, soutenir les apprentissages et accompagner le projet d’orientation de l’élève.",
  ].join("\n"),
  sections: [
    {
      key: "contexte",
      phase: "PLAN",
      title: "Contexte, stratégie, sens, objectifs",
      items: [
        { key: "quel-projet-accompagnement-au-regard", kind: "question", text: "Quel projet d’accompagnement\u00a0au regard des besoins identifiés ?" },
        { key: "quelle-coherence-entre-les-dispositifs", kind: "question", text: "Quelle cohérence entre les dispositifs d’accompagnement des élèves et les autres dispositifs de la TVP\u00a0?" },
        { key: "quelles-plus-values-pour-les", kind: "question", text: "Quelles plus values pour les élèves\u00a0?" },
      ],
    },
    {
      key: "strategie",
      phase: "DO",
      title: "Choix d’une stratégie d’accompagnement",
      items: [
        { key: "quel-pilotage", kind: "question", text: "Quel pilotage\u00a0?" },
        { key: "quel-temps-de-concertation-pour", kind: "question", text: "Quel temps de concertation\u00a0pour construire, formaliser et assurer un suivi\u00a0?" },
        { key: "quels-sont-les-objectifs-de", kind: "question", text: "Quels sont les objectifs de formation privilégiés - au regard des attendus de ce dispositif ( et de ces 3 composantes) ?" },
        { key: "qui-intervient-et-sur-quels", kind: "question", text: "Qui intervient\u00a0et sur quels temps ? Lieu, Taille du groupe, fréquence, Plage horaire identifiée dans les EDT ou non\u00a0?" },
      ],
    },
    {
      key: "diagnostic",
      phase: "DO",
      title: "Phase de diagnostic des besoins",
      items: [
        { key: "comment-identifier-les-besoins-des", kind: "question", text: "Comment identifier les besoins des élèves ?" },
        { key: "quelles-competences-choisir-de-developper", kind: "question", text: "Quelles compétences choisir de développer (disciplinaires et transversales)\u00a0? Au regard de quoi ?" },
        { key: "comment-partager-le-diagnostic-avec", kind: "question", text: "Comment partager le diagnostic avec l’élève ?" },
      ],
    },
    {
      key: "accompagnement",
      phase: "DO",
      title: "Phase d’accompagnement",
      items: [
        { key: "comment-les-objectifs-de-formation", kind: "question", text: "Comment les objectifs de formation ou attendus sont fixés et communiqués aux élèves\u00a0?" },
        { key: "quelles-sont-les-activites-confiees", kind: "question", text: "Quelles sont les activités confiées aux élèves\u00a0?" },
        { key: "des-referents-de-accompagnement-de", kind: "question", text: "Des référents de l’accompagnement de chaque jeune sont–ils identifiés\u00a0?" },
      ],
    },
    {
      key: "bilan",
      phase: "DO",
      title: "Phase de bilan",
      items: [
        { key: "quelles-mesures-et-quel-suivi", kind: "question", text: "Quelles mesures et quel suivi des acquis et des progrès réalisés au regard des attendus ? Quel est le suivi des compétences visées\u00a0?" },
        { key: "comment-le-jeune-prend-il", kind: "question", text: "Comment le jeune prend il conscience des progrès réalisés\u00a0?" },
        { key: "comment-partager-et-ou-communiquer", kind: "question", text: "Comment partager et/ou communiquer avec les différents acteurs\u00a0au sein de l’équipe et plus globalement dans l’établissement (observables, bilan des actions, nouveaux objectifs) ?" },
        { key: "quels-impacts-pour-les-eleves", kind: "question", text: "Quels impacts pour les élèves, pour les enseignants\u00a0?" },
      ],
    },
    {
      key: "indicateurs",
      phase: "CHECK",
      title: "Exemples d’indicateurs de suivi",
      items: [
        { key: "nombre-de-reunions-de-concertation", kind: "indicator", text: "Nombre de réunions de concertation" },
        { key: "formalisation-du-projet-accompagnement", kind: "indicator", text: "Formalisation du projet d’accompagnement :", subItems: [
          "des objectifs, des compétences;",
          "du calendrier (planning),",
          "Des acteurs (nombre d’enseignants impliqués...",
        ] },
        { key: "outils-identification-des-besoins", kind: "indicator", text: "Outils d’identification des besoins;" },
        { key: "outils-de-communication-avec-les", kind: "indicator", text: "Outils de communication avec les élèves" },
        { key: "nom-des-enseignants-referents-de", kind: "indicator", text: "Nom des enseignants référents de l’accompagnement" },
        { key: "outils-de-suivi-de-maitrise", kind: "indicator", text: "Outils de suivi de maîtrise des compétences" },
        { key: "taux-absenteisme-decrochage-nombre-eleves", kind: "indicator", text: "Taux d’absentéisme, décrochage, nombre d’élèves réorientés et/ou en poursuite d’études…" },
        { key: "impacts-sur-les-pratiques-professionnelles", kind: "indicator", text: "Impacts sur les pratiques professionnelles des enseignants et leur bien-être au travail" },
        { key: "impacts-sur-le-climat-scolaire", kind: "indicator", text: "Impacts sur le climat scolaire et le bien-être des élèves" },
        { key: "nombre-de-bilans-intermediaires-nature", kind: "question", text: "Nombre de bilans intermédiaires\u00a0? Nature des outils mobilisés\u00a0?" },
      ],
    },
    ...generalGridActSections,
  ],
};
