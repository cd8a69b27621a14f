// The indicator catalogue, as data: every indicator of the seeds and of the
// domain notes (organisation, activity, outcomes). The migration inserts the
// same rows (catalogue.integration test compares them); a new indicator is a
// new row, never a code change elsewhere.
import type { IndicatorDirection, IndicatorFamily, IndicatorLevel, IndicatorSource, IndicatorUnit } from "@/generated/prisma/enums";

export type CatalogueIndicator = {
  code: string;
  family: IndicatorFamily;
  label: string;
  description: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  source: IndicatorSource;
  level: IndicatorLevel;
  minValue: number;
  maxValue: number;
};

type Row = Omit<CatalogueIndicator, "minValue" | "maxValue"> & { minValue?: number; maxValue?: number };

const up = "HIGHER_IS_BETTER" as const;
const down = "LOWER_IS_BETTER" as const;

/** The largest value accepted by unit when an indicator names none: a rate is 0–100. */
const defaultMax: Record<IndicatorUnit, number> = { PERCENT: 100, COUNT: 100_000, HOURS: 100_000, SCORE: 10 };

const rows: Row[] = [
  // Organisation
  { code: "CONCERTATION_MEETINGS", family: "ORGANISATION", label: "Nombre de réunions de concertation", description: "Réunions de concertation de l'année (conseil pédagogique, équipes, conseils d'enseignement).", unit: "COUNT", direction: up, source: "COMPUTED", level: "SCHOOL" },
  { code: "TEACHERS_INVOLVED_SHARE", family: "ORGANISATION", label: "Proportion des enseignants impliqués", description: "Professeurs et coordonnateurs qui animent un groupe de besoin ou sont référents, sur l'ensemble des professeurs et coordonnateurs de l'établissement.", unit: "PERCENT", direction: up, source: "COMPUTED", level: "SCHOOL" },
  { code: "PROJECT_FORMALISED", family: "ORGANISATION", label: "Formalisation du projet d'accompagnement", description: "Éléments formalisés parmi : objectifs et compétences, calendrier, acteurs (0 à 3).", unit: "SCORE", direction: up, source: "ENTERED", level: "SCHEME", maxValue: 3 },
  { code: "STEERING_CHART", family: "ORGANISATION", label: "Organigramme de pilotage", description: "1 si un organigramme de pilotage est établi et diffusé, 0 sinon.", unit: "SCORE", direction: up, source: "ENTERED", level: "SCHOOL", maxValue: 1 },
  { code: "BODIES_INVOLVED", family: "ORGANISATION", label: "Instances impliquées (CA, conseil pédagogique, conseil d'enseignement)", description: "Nombre d'instances qui ont traité du dispositif dans l'année (0 à 3).", unit: "COUNT", direction: up, source: "ENTERED", level: "SCHOOL", maxValue: 3 },
  { code: "TRAINING_ACTIONS_DONE", family: "ORGANISATION", label: "Actions de formation réalisées", description: "Actions de formation des enseignants réalisées (en établissement ou au plan de formation).", unit: "COUNT", direction: up, source: "ENTERED", level: "SCHOOL", maxValue: 500 },
  { code: "POSITIONING_TOOLS_USED", family: "ORGANISATION", label: "Nombre d'outils de positionnement utilisés", description: "Outils de positionnement distincts (tests nationaux, LSU, entretiens, évaluations…) utilisés dans les diagnostics de l'année.", unit: "COUNT", direction: up, source: "COMPUTED", level: "SCHOOL" },
  { code: "REFERENT_COVERAGE", family: "ORGANISATION", label: "Élèves ayant un professeur référent", description: "Élèves de l'année qui ont un référent nommé, sur l'ensemble des élèves.", unit: "PERCENT", direction: up, source: "COMPUTED", level: "CLASS" },
  { code: "INTERMEDIATE_REVIEWS", family: "ORGANISATION", label: "Bilans d'étape tenus", description: "Bilans intermédiaires tenus dans l'année.", unit: "COUNT", direction: up, source: "ENTERED", level: "SCHEME", maxValue: 100 },
  { code: "DIGITAL_TOOLS", family: "ORGANISATION", label: "Outils numériques utilisés", description: "Outils numériques facilitateurs utilisés (planning, partage, suivi des compétences…).", unit: "COUNT", direction: up, source: "ENTERED", level: "SCHOOL", maxValue: 100 },
  { code: "GRID_COMPLETION", family: "ORGANISATION", label: "Avancement des grilles PDCA", description: "Éléments répondus sur l'ensemble des éléments des grilles de l'année.", unit: "PERCENT", direction: up, source: "COMPUTED", level: "SCHEME" },
  { code: "ACTIONS_ON_TIME", family: "ORGANISATION", label: "Actions réalisées à temps", description: "Actions du bloc « Agir » faites au plus tard à leur échéance, sur les actions échues ou faites.", unit: "PERCENT", direction: up, source: "COMPUTED", level: "SCHEME" },
  { code: "LATE_ACTIONS", family: "ORGANISATION", label: "Actions en retard", description: "Actions dont l'échéance est passée et qui ne sont ni faites ni abandonnées.", unit: "COUNT", direction: down, source: "COMPUTED", level: "SCHEME" },
  // Activity
  { code: "ACTIONS_CONDUCTED", family: "ACTIVITY", label: "Nombre d'actions conduites", description: "Actions conduites au titre de l'accompagnement (savoirs fondamentaux, CPS, autonomie, projets, culturel, international).", unit: "COUNT", direction: up, source: "ENTERED", level: "SCHEME", maxValue: 1000 },
  { code: "HOURS_REGULATORY", family: "ACTIVITY", label: "Heures réglementaires", description: "Volume réglementaire de l'année, toutes classes.", unit: "HOURS", direction: up, source: "COMPUTED", level: "CLASS" },
  { code: "HOURS_PLANNED", family: "ACTIVITY", label: "Heures prévues", description: "Heures prévues au plan d'heures de l'année, toutes classes.", unit: "HOURS", direction: up, source: "COMPUTED", level: "CLASS" },
  { code: "HOURS_DELIVERED", family: "ACTIVITY", label: "Heures faites", description: "Heures faites de l'année, toutes classes.", unit: "HOURS", direction: up, source: "COMPUTED", level: "CLASS" },
  { code: "HOURS_DELIVERED_RATE", family: "ACTIVITY", label: "Heures faites sur heures réglementaires", description: "Heures faites sur le volume réglementaire des classes qui en ont un.", unit: "PERCENT", direction: up, source: "COMPUTED", level: "CLASS", maxValue: 1000 },
  { code: "PUPILS_IN_GROUP_SHARE", family: "ACTIVITY", label: "Élèves en groupe de besoin", description: "Élèves de l'année inscrits dans au moins un groupe de besoin, sur l'ensemble des élèves.", unit: "PERCENT", direction: up, source: "COMPUTED", level: "SCHEME" },
  { code: "MEAN_GROUP_SIZE", family: "ACTIVITY", label: "Taille moyenne des groupes", description: "Élèves par groupe de besoin de l'année, en moyenne.", unit: "COUNT", direction: down, source: "COMPUTED", level: "SCHEME" },
  { code: "DIAGNOSTIC_COVERAGE", family: "ACTIVITY", label: "Élèves diagnostiqués", description: "Élèves de l'année qui ont au moins un résultat de diagnostic, sur l'ensemble des élèves.", unit: "PERCENT", direction: up, source: "COMPUTED", level: "CLASS" },
  // Outcomes
  { code: "LEVEL_RISE_SHARE", family: "OUTCOME", label: "Élèves dont le niveau progresse entre deux diagnostics", description: "Élèves dont le niveau moyen, sur les compétences évaluées à leur premier et à leur dernier diagnostic de l'année, a monté ; sur les élèves évalués deux fois.", unit: "PERCENT", direction: up, source: "COMPUTED", level: "CLASS" },
  { code: "ATTENDANCE_RATE", family: "OUTCOME", label: "Taux d'assiduité", description: "Part des heures de cours suivies par les élèves.", unit: "PERCENT", direction: up, source: "ENTERED", level: "SCHOOL" },
  { code: "ABSENTEEISM_RATE", family: "OUTCOME", label: "Taux d'absentéisme", description: "Part des élèves absents plus de quatre demi-journées par mois (non justifiées).", unit: "PERCENT", direction: down, source: "ENTERED", level: "SCHOOL" },
  { code: "DROPOUT_RATE", family: "OUTCOME", label: "Taux de décrochage", description: "Part des élèves qui ont quitté la formation sans diplôme en cours d'année.", unit: "PERCENT", direction: down, source: "ENTERED", level: "SCHOOL" },
  { code: "REORIENTED_PUPILS", family: "OUTCOME", label: "Élèves réorientés", description: "Élèves réorientés en cours ou en fin d'année (passerelles, changement de spécialité ou de voie).", unit: "COUNT", direction: down, source: "ENTERED", level: "SCHOOL", maxValue: 5000 },
  { code: "FURTHER_STUDIES_RATE", family: "OUTCOME", label: "Poursuite d'études", description: "Part des élèves de terminale ou de deuxième année de CAP qui poursuivent leurs études.", unit: "PERCENT", direction: up, source: "ENTERED", level: "SCHOOL" },
  { code: "EXAM_SUCCESS_RATE", family: "OUTCOME", label: "Taux de réussite aux examens", description: "Admis sur présentés (CAP, baccalauréat professionnel, DNB).", unit: "PERCENT", direction: up, source: "ENTERED", level: "SCHOOL" },
  { code: "AP_REINVESTMENT", family: "OUTCOME", label: "Réinvestissement de l'accompagnement dans les autres cours", description: "Appréciation de l'équipe, de 0 (aucun) à 10 (systématique), à partir des indicateurs pédagogiques formalisés.", unit: "SCORE", direction: up, source: "ENTERED", level: "SCHEME" },
  { code: "PUPIL_INVOLVEMENT", family: "OUTCOME", label: "Implication des élèves dans leur travail personnel", description: "Appréciation de l'équipe, de 0 à 10.", unit: "SCORE", direction: up, source: "ENTERED", level: "CLASS" },
  { code: "PUPIL_SATISFACTION", family: "OUTCOME", label: "Satisfaction des élèves", description: "Part des élèves satisfaits ou très satisfaits (enquête).", unit: "PERCENT", direction: up, source: "SURVEY", level: "SCHEME" },
  { code: "PARENT_SATISFACTION", family: "OUTCOME", label: "Satisfaction des parents", description: "Part des parents satisfaits ou très satisfaits (enquête).", unit: "PERCENT", direction: up, source: "SURVEY", level: "SCHEME" },
  { code: "STAFF_SATISFACTION", family: "OUTCOME", label: "Satisfaction des équipes", description: "Part des personnels mobilisés satisfaits ou très satisfaits (enquête).", unit: "PERCENT", direction: up, source: "SURVEY", level: "SCHEME" },
  { code: "SCHOOL_CLIMATE", family: "OUTCOME", label: "Climat scolaire et bien-être des élèves", description: "Part des élèves qui déclarent se sentir bien dans l'établissement (enquête climat scolaire).", unit: "PERCENT", direction: up, source: "SURVEY", level: "SCHOOL" },
  { code: "TEACHER_PRACTICE_IMPACT", family: "OUTCOME", label: "Impact sur les pratiques des enseignants", description: "Part des enseignants qui déclarent avoir fait évoluer leurs pratiques (enquête).", unit: "PERCENT", direction: up, source: "SURVEY", level: "SCHOOL" },
  { code: "TEACHER_WELLBEING", family: "OUTCOME", label: "Bien-être au travail des enseignants", description: "Part des enseignants qui déclarent un bien-être au travail satisfaisant (enquête).", unit: "PERCENT", direction: up, source: "SURVEY", level: "SCHOOL" },
];

export const indicatorCatalogue: CatalogueIndicator[] = rows.map((row) => ({
  ...row,
  minValue: row.minValue ?? 0,
  maxValue: row.maxValue ?? defaultMax[row.unit],
}));

export const catalogueByCode = new Map(indicatorCatalogue.map((i) => [i.code, i]));

/** The indicators a school types in (per period or for the year). */
export const enteredIndicators = indicatorCatalogue.filter((i) => i.source !== "COMPUTED");
export const computedIndicators = indicatorCatalogue.filter((i) => i.source === "COMPUTED");

/** The families in the order every page shows them. */
export const indicatorFamilies = ["ORGANISATION", "ACTIVITY", "OUTCOME"] as const satisfies readonly IndicatorFamily[];

export const familyLabels: Record<IndicatorFamily, string> = {
  ORGANISATION: "Organisation",
  ACTIVITY: "Activité",
  OUTCOME: "Résultats",
};
export const unitLabels: Record<IndicatorUnit, string> = { PERCENT: "%", COUNT: "nombre", HOURS: "heures", SCORE: "score" };
export const sourceLabels: Record<IndicatorSource, string> = { COMPUTED: "calculé", ENTERED: "saisi", SURVEY: "enquête" };
export const levelLabels: Record<IndicatorLevel, string> = { SCHOOL: "établissement", SCHEME: "dispositif", CLASS: "classe" };
export const directionLabels: Record<IndicatorDirection, string> = {
  HIGHER_IS_BETTER: "plus haut est mieux",
  LOWER_IS_BETTER: "plus bas est mieux",
};

/** The SQL that seeds the catalogue (pasted into the migration; the test checks they agree). */
export function catalogueInsertSql(): string {
  const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
  const values = indicatorCatalogue.map(
    (i, position) =>
      `  (${[quote(i.code), quote(i.family), quote(i.label), quote(i.description), quote(i.unit), quote(i.direction), quote(i.source), quote(i.level), i.minValue, i.maxValue, position].join(", ")})`,
  );
  return `INSERT INTO indicators (code, family, label, description, unit, direction, source, level, min_value, max_value, position) VALUES\n${values.join(",\n")};\n`;
}
