// "Construire l’accompagnement personnalisé" in collège (reform of 2016), seed
// 003_8271d80b6fbb0b6a.txt. The seed has no Plan/Do/Check/Act columns; its items are
// recommendations (kind "guidance"), placed by meaning:
// - PLAN: the opening paragraph (context text), "Les propositions du conseil
//   pédagogique" (priorities, objectives), and the unheaded block that defines
//   AP and its aims per level (titled here "Contexte, stratégie, sens, objectifs");
// - DO: "La coordination et l’organisation par niveau", "La mise en oeuvre" and
//   "La stratégie et les gestes professionnels à développer"; the two blocks the
//   seed marks with a warning icon become "Points de vigilance" sections in DO,
//   right after the heading they belong to (they are rules of implementation);
// - CHECK: "évaluer les progrès réalisés…", the evaluation step of "La mise en
//   oeuvre", kept under that heading.
// Nested lists (lines ending with ":") become subItems. The broken title
// ("PERSONNALIS" / "É" / ")") is joined, and the stray "(" / ")" around the last
// bullet are dropped. Texts are the seed's, word for word; only whitespace runs
// are collapsed.

import type { Sheet } from "./types";

export const collegeApSheet: Sheet = {
  key: "college-ap",
  title: "CONSTRUIRE L’ACCOMPAGNEMENT PERSONNALISÉ",
  seedFile: "003_8271d80b6fbb0b6a.txt",
  frameworkCode: "COLLEGE-AP-2016",
  strands: ["PERSONALISED_SUPPORT"],
  version: 1,
  context: "L’accompagnement personnalisé se construit dans une logique d’établissement à partir d’un diagnostic partagé pour faire réussir tous les élèves cf «\u00a0le projet d’établissement\u00a0» et les indicateurs.",
  sections: [
    {
      key: "propositions-conseil-pedagogique",
      phase: "PLAN",
      title: "Les propositions du conseil pédagogique",
      items: [
        { key: "approprier-les-axes-du-projet", kind: "guidance", text: "s’approprier les axes du projet d’établissement\u00a0;" },
        { key: "prendre-en-compte-le-contexte", kind: "guidance", text: "prendre en compte le contexte de l’établissement les points forts, les fragilités, les éléments de diagnostic actualisés (besoins des élèves…)\u00a0pour\u00a0:", subItems: [
          "déterminer et prioriser des objectifs de formation par cycle, par niveau en cohérence avec les axes du projet d’établissement et du contexte de l’établissement,",
          "proposer la répartition horaire entre AP et EPI au cycle 4,",
          "proposer les compétences à privilégier au niveau de l’AP sur chaque niveau conformément aux objectifs spécifiques de chaque cycle,",
          "définir le thème des EPI par niveau.",
        ] },
      ],
    },
    {
      key: "sens-objectifs",
      phase: "PLAN",
      title: "Contexte, stratégie, sens, objectifs",
      items: [
        { key: "accompagnement-personnalise-consiste-en-des", kind: "guidance", text: "L’accompagnement personnalisé consiste en des temps d’enseignement dont l’objectif est de soutenir la capacité d’apprendre et de progresser de tous les élèves dans leur maîtrise du socle commun\u00a0;" },
        { key: "en-classe-de-sixieme-ap", kind: "guidance", text: "en classe de sixième l’AP est notamment consacré à l’adaptation des élèves aux spécificités des enseignements dans le second degré\u00a0;" },
        { key: "au-cycle-4-ap-favorise", kind: "guidance", text: "au cycle 4, l’AP favorise l’entraînement et la construction de l’autonomie, notamment, pour les classes de troisième, dans la perspective de la poursuite d’études, que ce soit au lycée ou en apprentissage\u00a0;" },
        { key: "toutes-les-disciplines-peuvent-proposer", kind: "guidance", text: "toutes les disciplines peuvent proposer un accompagnement. Les heures ne sont pas nécessairement fixées à l’année." },
      ],
    },
    {
      key: "coordination-organisation",
      phase: "DO",
      title: "La coordination et l’organisation par niveau",
      items: [
        { key: "mobiliser-equipe-educative-pour", kind: "guidance", text: "mobiliser l’équipe éducative pour\u00a0:", subItems: [
          "définir la stratégie et prévoir l’organisation\u00a0: groupe classe ou constitution de barrettes pour un travail par groupes de besoin, variation des groupes durant l’année, le découpage annuel (l’identification des besoins, la durée d’un module ou d’un atelier, les temps de concertation, …)",
          "expliciter les objectifs de l’AP dédiés au niveau concerné (compétences socle…)",
          "penser le suivi (outil de suivi, communication au sein de l’équipe, coordonateur, communication avec les familles…)",
        ] },
        { key: "preparer-la-mise-en-oeuvre", kind: "guidance", text: "préparer la mise en œuvre\u00a0:", subItems: [
          "identifier et déterminer au sein des disciplines les temps d’AP et sur quelles parties de programme l’accompagnement repose",
          "préciser la mise en œuvre\u00a0: intervenants (enseignants, autres…), co-animation, espaces de travail et outils (numériques…)",
        ] },
      ],
    },
    {
      key: "coordination-vigilance",
      phase: "DO",
      title: "Points de vigilance",
      items: [
        { key: "tous-les-enseignants-peuvent-assurer", kind: "guidance", text: "tous les enseignants peuvent assurer l’accompagnement personnalisé. Il sera alors inscrit dans leur service hebdomadaire. La répartition des heures d’accompagnement personnalisé entre enseignants relève de la responsabilité des équipes pédagogiques\u00a0;" },
        { key: "tous-les-eleves-un-meme", kind: "guidance", text: "tous les élèves d’un même niveau de classe bénéficient du même nombre d’heures d’accompagnement personnalisé. Il s’adresse à tous les élèves qui sont en capacité de progresser\u00a0;" },
        { key: "accompagnement-personnalise-sera-autant-plus", kind: "guidance", text: "l’accompagnement personnalisé sera d’autant plus efficace qu’il reposera sur une démarche collective ;" },
        { key: "la-demarche-collective-sera-facilitee", kind: "guidance", text: "la démarche collective sera facilitée par l‘existence d’un coordonateur par niveau\u00a0;" },
        { key: "des-heures-professeurs-peuvent-etre", kind: "guidance", text: "des heures professeurs peuvent être mobilisées pour mettre en œuvre des groupes à effectif réduit, de la co-animation." },
      ],
    },
    {
      key: "mise-en-oeuvre",
      phase: "DO",
      title: "La mise en oeuvre",
      items: [
        { key: "identifier-les-besoins-des-eleves", kind: "guidance", text: "identifier les besoins des élèves (bilan de compétences, situation d’évaluation, tests…)\u00a0;" },
        { key: "analyser-les-besoins", kind: "guidance", text: "analyser les besoins\u00a0:", subItems: [
          "concertation des enseignants diagnostic partagé (cibler les besoins des élèves)",
          "constitution de groupes",
        ] },
        { key: "mettre-en-place-les-ateliers", kind: "guidance", text: "mettre en place les ateliers ou modules pour une période déterminée sur des objectifs de progrès ciblés et en lien avec les enseignements" },
      ],
    },
    {
      key: "mise-en-oeuvre-vigilance",
      phase: "DO",
      title: "Points de vigilance",
      items: [
        { key: "la-phase-de-diagnostic-doit", kind: "guidance", text: "la phase de diagnostic doit être reconduite à la suite de chaque période et la composition des groupes n’est pas figée sur la l’année ;" },
        { key: "favoriser-les-entretiens-explicitation-entre", kind: "guidance", text: "Favoriser les entretiens d’explicitation entre professeur et élèves au sein de l’AP\u00a0: «\u00a0culture du diagnostic\u00a0»" },
        { key: "accompagnement-personnalise-repond-a-des", kind: "guidance", text: "l’accompagnement personnalisé répond à des objectifs variés\u00a0: approfondissement ou renforcement, développement des méthodes et outils pour apprendre, soutien, entrainement\u00a0;" },
        { key: "accompagnement-personnalise-est-travailler-autrement", kind: "guidance", text: "l’accompagnement personnalisé c’est travailler autrement en s’appuyant sur une pédagogie active, l’AP ne peut être la «\u00a0suite\u00a0» du cours (exercices complémentaires…), il permet\u00a0de :", subItems: [
          "s’exercer pour progresser avec différentes méthodes : apprendre une leçon, faire des révisions, comprendre et rédiger un texte écrit, lire et interpréter des consignes, décoder l’information, préparer et réaliser un exposé oral, conduire un projet individuel ou collectif, travailler en groupe. «\u00a0Apprendre à apprendre\u00a0» et favoriser une attitude réflexive sur ses méthodes de travail, sa façon d’apprendre…de procéder par essais et erreurs et d’effectuer des choix,",
          "renforcer ou approfondir les connaissances de l’élève dans les différentes disciplines en fonction de son niveau de progression et de ses besoins,",
          "s’entrainer aux contrôles et aux devoirs en explicitant avec les élèves leur démarche personnelle",
          "de faciliter les apprentissages dans les disciplines en développant les compétences transversales",
        ] },
      ],
    },
    {
      key: "strategie-gestes-professionnels",
      phase: "DO",
      title: "La stratégie et les gestes professionnels à développer",
      items: [
        { key: "construire-des-sequences-courtes-3", kind: "guidance", text: "construire des séquences courtes (3 à 5 séances) avec des objectifs simples, précis (ex\u00a0: mémoriser une leçon) dont les attendus, les indicateurs de réussite sont explicités" },
        { key: "presenter-a-chaque-seance-le", kind: "guidance", text: "présenter à chaque séance le plan de travail, la situation d’apprentissage et les attendus relatifs à l’évaluation\u00a0;" },
        { key: "organiser-enseignement-autour-de-situations", kind: "guidance", text: "organiser l’enseignement autour de situations d’apprentissage, de situations-problèmes (tâches complexes), de situations de recherche\u00a0;" },
        { key: "conduire-des-apprentissages-explicites", kind: "guidance", text: "conduire des apprentissages explicites\u00a0;" },
        { key: "aider-a-differencier-et-a", kind: "guidance", text: "aider à différencier et à mémoriser les savoir-être, les savoir-faire et les connaissances\u00a0;" },
        { key: "mettre-en-lien-les-apprentissages", kind: "guidance", text: "mettre en lien les apprentissages effectués en accompagnement personnalisé et l’enseignement ordinaire (s’appuyer sur des contenus disciplinaires, effectuer des transferts d’une discipline à l’autre, montrer la transversalité de certaines compétences, appliquer les apprentissages effectués dans les disciplines, communiquer…)\u00a0;" },
        { key: "appuyer-sur-les-reussites-des", kind: "guidance", text: "s’appuyer sur les réussites des élèves afin de restaurer l’estime de soi et la confiance\u00a0(évaluer pour valoriser\u00a0et développer la co-évaluation ;" },
        { key: "prendre-un-temps-en-fin", kind: "guidance", text: "prendre un temps en fin de séance pour revenir sur les apprentissages effectués\u00a0:", subItems: [
          "faire verbaliser l’élève,",
          "renforcer les feedback, les mises en lien, les mises en perspective,",
          "anticiper pour mettre en confiance l’élève (faire une lecture d’énoncé en AP avant la séance)\u00a0;",
        ] },
        { key: "veiller-a-la-posture-professionnelle", kind: "guidance", text: "veiller à la posture professionnelle\u00a0:", subItems: [
          "rassurer les élèves sur leurs capacités à comprendre, à réussir les évaluations, à améliorer leur compréhension et leurs résultats,",
          "renvoyer aux élèves des feedbacks positifs sur leur investissement, leur comportement au travail, leurs progrès,",
          "ne pas renier le fait que sa posture et sa pratique d’enseignement ont un impact sur l’engagement et les apprentissages des élèves",
        ] },
      ],
    },
    {
      key: "mise-en-oeuvre-evaluation",
      phase: "CHECK",
      title: "La mise en oeuvre",
      items: [
        { key: "evaluer-les-progres-realises-maitrise", kind: "guidance", text: "évaluer les progrès réalisés (maîtrise de compétences en s’appuyant notamment sur le réinvestissement dans les disciplines)" },
      ],
    },
  ],
};
