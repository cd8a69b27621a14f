// Accompagnement personnalisé in CAP (fiche 1.6 of the TVP), seed 001_d037e65caeb2810d.txt.
// The seed prints its Plan column twice (lines 1-10 and 59-68, identical): kept
// once. Columns: Plan (context, one question) → PLAN; Do ("Acteurs – Actions –
// Moyens – Temps": "Organisation pédagogique", "Modalités pédagogiques" and, on
// the second page, "Suivi et évaluation") → DO, as in the seed's columns;
// Check ("Exemples d’outils et d’indicateurs de suivi") → CHECK. The seed has no
// Act column: the Act block of the general grid (000) is borrowed.
// Texts are the seed's, word for word; only whitespace runs are collapsed.

import type { Sheet } from "./types";
import { borrowedActSections } from "./act-block";

export const capApSheet: Sheet = {
  key: "cap-ap-1.6",
  title: "Accompagnement personnalisé en CAP (fiche 1.6)",
  seedFile: "001_d037e65caeb2810d.txt",
  frameworkCode: "TVP-2019",
  strands: ["PERSONALISED_SUPPORT"],
  version: 1,
  context: [
    "Chaque élève bénéficie d’un temps d’accompagnement qui répond à ses besoins, à ses aspirations et à ses projets.",
    "L’accompagnement personnalisé est un volet du dispositif d’accompagnement en classe de CAP.",
  ].join("\n"),
  sections: [
    {
      key: "contexte",
      phase: "PLAN",
      title: "Contexte, stratégie, sens, objectifs",
      items: [
        { key: "comment-ce-volet-integre-il", kind: "question", text: "Comment ce volet s’intègre-t-il dans la stratégie globale d’accompagnement du projet professionnel et de la réussite de l’élève ?" },
      ],
    },
    {
      key: "organisation-pedagogique",
      phase: "DO",
      title: "Organisation pédagogique",
      items: [
        { key: "quel-est-le-role-du", kind: "question", text: "Quel est le rôle du conseil pédagogique dans la définition des objectifs et des axes de mise en œuvre de l’accompagnement personnalisé en CAP ? des comptes rendus du conseil pédagogique sont-ils rédigés ?" },
        { key: "quels-sont-les-objectifs-principaux", kind: "question", text: "Quels sont les objectifs principaux visés dans le cadre de l’AP ?" },
        { key: "quel-travail-collectif-est-il", kind: "question", text: "Quel travail collectif est-il prévu pour organiser et suivre l’AP à l’échelle d’une classe, d’une filière, de l’établissement ?" },
        { key: "comment-les-besoins-des-eleves", kind: "question", text: "Comment les besoins des élèves sont-ils évalués\u00a0?" },
        { key: "comment-la-periode-accueil-et", kind: "question", text: "Comment la période d’accueil et d’intégration en lycée professionnel permet-elle de diagnostiquer les besoins des élèves et d’adapter les modules d’accompagnement personnalisé à leurs projets ?" },
        { key: "en-quoi-les-entretiens-et", kind: "question", text: "En quoi les entretiens et les diverses évaluations diagnostiques mises en place à la rentrée permettent-ils de les affiner ?" },
        { key: "quelle-strategie-equipe-est-elle", kind: "question", text: "Quelle stratégie d’équipe est-elle choisie pour l’acquisition et l’évaluation des compétences transversales, psychosociales, socio-professionnelles pour les disciplines engagées dans l’AP ?" },
        { key: "comment-est-etabli-le-lien", kind: "question", text: "Comment est établi le lien avec le Livret Scolaire Unique (LSU) ?" },
        { key: "comment-le-travail-avec-les", kind: "question", text: "Comment le travail avec les partenaires extérieurs à l’établissement est-il anticipé et organisé ?" },
      ],
    },
    {
      key: "modalites-pedagogiques",
      phase: "DO",
      title: "Modalités pédagogiques",
      items: [
        { key: "comment-est-organisee-la-semaine", kind: "question", text: "Comment est organisée la semaine de préparation à la première PFMP\u00a0?" },
        { key: "en-quoi-accompagnement-personnalise-favorise", kind: "question", text: "En quoi l’accompagnement personnalisé favorise-t-il :", subItems: [
          "l’acquisition des savoirs fondamentaux\u00a0;",
          "le développement des compétences psychosociales\u00a0;",
          "la préparation aux examens\u00a0;",
          "la mise en œuvre de projets pluridisciplinaires et culturels\u00a0;",
          "la construction d’un projet professionnel\u00a0?",
        ] },
        { key: "en-quoi-les-contenus-proposes", kind: "question", text: "En quoi les contenus proposés dans le cadre de l’AP se distinguent-ils de ceux des enseignements disciplinaires classiques ?" },
        { key: "comment-les-equipes-mobilisent-elles", kind: "question", text: "Comment les équipes mobilisent-elles les ressources disponibles sur la plateforme Avenir pour accompagner les élèves ?" },
        { key: "en-quoi-les-actions-engagees", kind: "question", text: "En quoi les actions engagées permettent-elles à l’élève de gagner en autonomie dans son travail personnel ?" },
        { key: "en-cas-de-dispositifs-aide", kind: "question", text: "En cas de dispositifs d’aide au travail personnel mis en œuvre en dehors de la classe, quelle est la complémentarité ? Comment la cohérence pédagogique est-elle assurée ?" },
        { key: "comment-les-progres-et-implication", kind: "question", text: "Comment les progrès et l’implication des élèves dans ces dispositifs sont-ils reconnus et valorisés ?" },
      ],
    },
    {
      key: "suivi-et-evaluation",
      phase: "DO",
      title: "Suivi et évaluation",
      items: [
        { key: "comment-est-organise-le-suivi", kind: "question", text: "Comment est organisé le suivi des élèves ? À l’aide de quels outils (portfolio de compétences…) ? Avec quelle(s) stratégie(s) ?" },
        { key: "quelle-regulation-intervient-en-cours", kind: "question", text: "Quelle régulation intervient en cours d’année ? À quelle échelle (classe, filière, établissement…) ? Quels sont les acteurs et instances impliqués ?" },
        { key: "des-positionnements-et-des-bilans", kind: "question", text: "Des positionnements et des bilans d’étape au cours de l’année sont-ils programmés / envisagés ? Les points forts de l’élève sont-ils pris en compte ? Comment ?" },
        { key: "un-echeancier-des-indicateurs-cibles", kind: "question", text: "Un échéancier, des indicateurs cibles, des bilans d’étapes sont-ils prévus ?" },
        { key: "les-indicateurs-et-resultats-des", kind: "question", text: "Les indicateurs et résultats des actions sont-ils publiés et connus de tous ?" },
        { key: "le-volet-accompagnement-personnalise-fait", kind: "question", text: "Le volet « accompagnement personnalisé » fait-il l’objet d’une ou plusieurs enquêtes de satisfaction auprès des élèves, des parents, des équipes mobilisées ?" },
        { key: "comment-est-organisee-la-communication", kind: "question", text: "Comment est organisée la communication autour de la question de l’accompagnement ? A l’aide de quels outils ?" },
        { key: "des-actions-pedagogiques-remarquables-innovantes", kind: "question", text: "Des actions pédagogiques remarquables, innovantes, inspirantes font-elles l’objet d’une valorisation spécifique en établissement, sur son site web, sur un site académique ?" },
      ],
    },
    {
      key: "indicateurs",
      phase: "CHECK",
      title: "Exemples d’outils et d’indicateurs de suivi",
      items: [
        { key: "plan-tableau-x-de-bord", kind: "indicator", text: "Plan(s), tableau(x) de bord (organisation AP)" },
        { key: "outils-de-positionnement-et-de", kind: "indicator", text: "Outils de positionnement et de suivi (relevé de compétences, portfolio, ‘webclasseur‘…)" },
        { key: "fiche-action-presentant-les-objectifs", kind: "indicator", text: "Fiche(s) action(s) présentant les objectifs visés et les besoins identifiés des élèves" },
        { key: "enquetes-eleves-entretiens", kind: "indicator", text: "Enquêtes élèves, entretiens" },
        { key: "formalisation-indicateurs-pedagogiques-permettant-evaluer", kind: "indicator", text: "Formalisation d’indicateurs pédagogiques permettant d’évaluer le réinvestissement des séances d’AP dans différents cours" },
        { key: "strategies-de-communication-et-de", kind: "indicator", text: "Stratégies de communication et de valorisation" },
        { key: "implication-de-eleve-dans-son", kind: "indicator", text: "Implication de l’élève dans son travail personnel" },
        { key: "indicateurs-assiduite", kind: "indicator", text: "Indicateurs d’assiduité" },
        { key: "indicateurs-de-reussite-scolaire", kind: "indicator", text: "Indicateurs de réussite scolaire" },
        { key: "nombre-et-nature-des-actions", kind: "indicator", text: "Nombre et nature des actions conduites au titre de l’AP (travail sur les savoirs fondamentaux, les CPS, l’autonomie, projets et d’actions à caractère pluridisciplinaire, culturel et ouvert à l’international…)" },
        { key: "proportion-des-enseignants-impliques-dans", kind: "indicator", text: "Proportion des enseignants impliqués dans l’AP." },
        { key: "nombre-et-frequence-des-reunions", kind: "indicator", text: "Nombre et fréquence des réunions de concertation" },
      ],
    },
    ...borrowedActSections(),
  ],
};
