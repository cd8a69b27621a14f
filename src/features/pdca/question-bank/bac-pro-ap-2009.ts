// Accompagnement personnalisé in lycée professionnel (Bac Pro reform of 2009),
// seed 004_d18d10577e0403f1.txt. The seed has no Plan/Do/Check/Act columns; its items are
// recommendations (kind "guidance"), placed by meaning:
// - context text: "Les horaires" (the regulatory hours);
// - PLAN: "Le public", "Les objectifs", and "Textes de références – ressources";
// - DO: "L’organisation", "La démarche" (identify needs, build modules, set
//   periods), "Le contenu";
// - CHECK: the review and follow-up steps of "La démarche" ("conduire des bilans
//   entre chaque période", "assurer un suivi et une coordination"), kept under
//   that heading;
// - ACT: "Préconisations" (the inspectors' levers for improvement).
// Nested lists become subItems; the flat export does not show the nesting of
// "Préconisations", read here as: "des points de vigilance :" over the welcome,
// drop-out and further-studies points, and "un encouragement à des pratiques
// plus innovantes" over the examples of practices that follow it.
// Texts are the seed's, word for word; only whitespace runs are collapsed.

import type { Sheet } from "./types";

export const bacProAp2009Sheet: Sheet = {
  key: "bac-pro-ap-2009",
  title: "ACCOMPAGNEMENT PERSONNALISÉ",
  subtitle: "Lycée professionnel",
  seedFile: "004_d18d10577e0403f1.txt",
  frameworkCode: "AP-2009",
  strands: ["PERSONALISED_SUPPORT"],
  version: 1,
  context: [
    "Les horaires :",
    "2 h 30\u00a0: l'accompagnement personnalisé figure dans les grilles horaires des élèves en formation de baccalauréat professionnel,",
    "210 heures attribuées par division pour les trois années (70 heures par année – 2,5 h attribuées en HSA) à utiliser en fonction des besoins.",
  ].join("\n"),
  sections: [
    {
      key: "le-public",
      phase: "PLAN",
      title: "Le public",
      items: [
        { key: "a-tout-eleve-et-apprenti", kind: "guidance", text: "Á tout élève (et apprenti) selon son besoin et son projet professionnel : démarche de diagnostic" },
        { key: "prioritairement-au-profit-des-eleves", kind: "guidance", text: "Prioritairement au profit des élèves\u00a0:", subItems: [
          "qui rencontrent des difficultés",
          "qui souhaitent profiter des passerelles existant entre les spécialités au sein de la voie professionnelle ou entre cette dernière et les voies générale et technologique",
          "qui ont un projet de poursuite d'études supérieures",
        ] },
      ],
    },
    {
      key: "les-objectifs",
      phase: "PLAN",
      title: "Les objectifs",
      items: [
        { key: "conduire-eleve-a-prendre-conscience", kind: "guidance", text: "conduire l’élève à prendre conscience de son potentiel actuel et lui donner de l’ambition" },
        { key: "retrouver-une-image-positive-de", kind: "guidance", text: "retrouver une image positive de lui-même et le sens d’un projet scolaire et professionnel, le goût et la volonté de progresser, aider à retrouver le sens d’un projet scolaire" },
        { key: "approprier-des-outils-et-des", kind: "guidance", text: "s’approprier des outils et des méthodes," },
      ],
    },
    {
      key: "textes-de-reference",
      phase: "PLAN",
      title: "Textes de références – ressources",
      items: [
        { key: "b-o-special-2-du", kind: "guidance", text: "B.O. spécial n° 2 du 19 février 2009" },
        { key: "circulaire-2009-068-du-20", kind: "guidance", text: "circulaire n° 2009-068 du 20-5-2009\u00a0: préparation de rentrée 2009" },
        { key: "site-eduscol-http-eduscol-education", kind: "guidance", text: "site Eduscol\u00a0: http://eduscol.education.fr/pid23188-cid50318/accompagnement-personnalise-en-baccalaureat-professionnel.html" },
        { key: "site-academique-http-www-ac", kind: "guidance", text: "Site académique\u00a0: http://www.ac-dijon.fr/Ressources-pedagogiques/Reforme-des-lycees/Dispositifs-d-Accompagnement-personnalise-en-lycee-general-et-technologique2" },
        { key: "livret-de-formation-des-formateurs", kind: "guidance", text: "Livret de formation des formateurs 2009- 2010 site CREE\u00a0: http://cree.ac-dijon.fr/formation-comptes-rendus.php?menu=5" },
      ],
    },
    {
      key: "l-organisation",
      phase: "DO",
      title: "L’organisation",
      items: [
        { key: "amenager-des-plages-horaires-dans", kind: "guidance", text: "aménager des plages horaires dans les emplois du temps (barettes)" },
        { key: "constituer-des-groupes-de-besoins", kind: "guidance", text: "constituer des groupes de besoins évolutifs dans le temps" },
        { key: "cumuler-les-horaires-pour-repondre", kind: "guidance", text: "cumuler les horaires pour répondre aux besoins" },
        { key: "organiser-une-coordination-entre-tous", kind: "guidance", text: "organiser une coordination entre tous les acteurs" },
      ],
    },
    {
      key: "la-demarche",
      phase: "DO",
      title: "La démarche",
      items: [
        { key: "partir-de-identification-des-besoins", kind: "guidance", text: "partir de l’identification des besoins élèves" },
        { key: "construire-des-modules-differencies-en", kind: "guidance", text: "construire des modules différenciés en fonction des besoins diagnostiqués" },
        { key: "definir-des-periodicites-pour-la", kind: "guidance", text: "définir des périodicités pour la mise en œuvre des actions" },
      ],
    },
    {
      key: "le-contenu",
      phase: "DO",
      title: "Le contenu",
      items: [
        { key: "aide-methodologique", kind: "guidance", text: "aide méthodologique" },
        { key: "aide-individualisee-soutien-disciplinaire-travaille", kind: "guidance", text: "aide individualisée - soutien disciplinaire (travaillé autrement)" },
        { key: "approfondissement-poursuite-etudes", kind: "guidance", text: "approfondissement (poursuite d’études)" },
        { key: "developpement-personnel-estime-de-soi", kind: "guidance", text: "développement personnel (estime de soi, motivation…)" },
        { key: "aide-a-la-construction-du", kind: "guidance", text: "aide à la construction du projet professionnel" },
        { key: "aide-specifique-dans-le-cadre", kind: "guidance", text: "aide spécifique dans le cadre d’une passerelle" },
      ],
    },
    {
      key: "la-demarche-bilans",
      phase: "CHECK",
      title: "La démarche",
      items: [
        { key: "conduire-des-bilans-entre-chaque", kind: "guidance", text: "conduire des bilans entre chaque période" },
        { key: "assurer-un-suivi-et-une", kind: "guidance", text: "assurer un suivi et une coordination" },
      ],
    },
    {
      key: "preconisations",
      phase: "ACT",
      title: "Préconisations",
      items: [
        { key: "des-points-de-vigilance", kind: "guidance", text: "des points de vigilance\u00a0:", subItems: [
          "proposer un accueil personnalisé",
          "afin de confirmer ou d’infirmer le choix initial de l’élève (seconde professionnelle),",
          "afin d’insérer un élève en deuxième voire en troisième année (après un positionnement éventuel).",
          "lutter contre «\u00a0le décrochage\u00a0» pendant le parcours",
          "préparer la poursuite d’études (sections de technicien supérieur, préparation à un concours, …).",
        ] },
        { key: "des-periodes-de-duree-relativement", kind: "guidance", text: "des périodes de durée relativement courte de 4 à 7 semaines" },
        { key: "un-assouplissement-dans-les-emplois", kind: "guidance", text: "un assouplissement dans les emplois du temps" },
        { key: "appropriation-outils-diagnostic-suivi-evaluation", kind: "guidance", text: "l’appropriation d’outils (diagnostic, suivi, évaluation…)" },
        { key: "un-encouragement-a-des-pratiques", kind: "guidance", text: "un encouragement à des pratiques\u00a0plus innovantes", subItems: [
          "entretien personnalisé",
          "co-animation",
          "tutorat – coaching",
          "la mise en commun d’outils",
          "une démarche collective",
          "…",
        ] },
      ],
    },
  ],
};
