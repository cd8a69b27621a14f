// Hour compliance of a class: regulatory hours against planned and delivered
// hours. Hours are counted in hundredths so that half hours add up exactly.

export type ComplianceStatus = "ON_TRACK" | "AT_RISK" | "SHORT" | "NO_REFERENCE";

export const complianceLabels: Record<ComplianceStatus, string> = {
  ON_TRACK: "Conforme",
  AT_RISK: "À surveiller",
  SHORT: "Insuffisant",
  NO_REFERENCE: "Sans référence",
};

/** Below this share of the regulatory hours, planning is short; between it and 100 %, at risk. */
export const SHORT_BELOW = 0.9;
/** Below this share of the hours planned for ended periods, delivery is behind. */
export const DELIVERY_BEHIND_BELOW = 0.9;

export type YearHours = {
  /** Regulatory hours of the year, null when the framework leaves them to the school. */
  regulatory: number | null;
  planned: number;
  delivered: number;
  /** Hours planned in the periods already ended: what should have been delivered by now. */
  plannedForEndedPeriods: number;
};

export type Compliance = {
  status: ComplianceStatus;
  /** Regulatory minus planned: positive when hours are missing, negative when there are more. */
  gap: number | null;
  /** The arithmetic, in French, shown to the user. */
  explanation: string[];
};

const cents = (hours: number) => Math.round(hours * 100);
const hoursOf = (hundredths: number) => hundredths / 100;

// One formatter for the process: building an Intl.NumberFormat costs tens of
// microseconds, and a dashboard formats a few hundred hours.
const hoursFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

export function formatHours(hours: number): string {
  return `${hoursFormat.format(hours)} h`;
}

export function yearCompliance(hours: YearHours): Compliance {
  const planned = cents(hours.planned);
  const delivered = cents(hours.delivered);
  const due = cents(hours.plannedForEndedPeriods);
  const delivery =
    due > 0
      ? `Livré ${formatHours(hoursOf(delivered))} pour ${formatHours(hoursOf(due))} prévues sur les périodes terminées.`
      : "Aucune période terminée : rien n'est encore dû.";
  if (hours.regulatory === null) {
    return {
      status: "NO_REFERENCE",
      gap: null,
      explanation: [
        "Le référentiel ne fixe pas de volume pour ce niveau : l'établissement le détermine.",
        `Prévu ${formatHours(hoursOf(planned))}.`,
        delivery,
      ],
    };
  }
  const regulatory = cents(hours.regulatory);
  const gap = regulatory - planned;
  const arithmetic =
    gap > 0
      ? `Réglementaire ${formatHours(hoursOf(regulatory))} − prévu ${formatHours(hoursOf(planned))} = ${formatHours(hoursOf(gap))} manquantes.`
      : `Prévu ${formatHours(hoursOf(planned))} pour ${formatHours(hoursOf(regulatory))} réglementaires${gap < 0 ? ` (${formatHours(hoursOf(-gap))} de plus)` : ""}.`;
  let status: ComplianceStatus;
  if (planned < regulatory * SHORT_BELOW) status = "SHORT";
  else if (planned < regulatory || (due > 0 && delivered < due * DELIVERY_BEHIND_BELOW)) status = "AT_RISK";
  else status = "ON_TRACK";
  const rule =
    status === "SHORT"
      ? `Moins de ${SHORT_BELOW * 100} % du volume réglementaire est prévu.`
      : status === "AT_RISK"
        ? planned < regulatory
          ? "Le volume prévu n'atteint pas tout à fait le volume réglementaire."
          : `Moins de ${DELIVERY_BEHIND_BELOW * 100} % des heures dues ont été faites.`
        : "Le volume réglementaire est prévu et les heures dues sont faites.";
  return { status, gap: hoursOf(gap), explanation: [arithmetic, delivery, rule] };
}

export type CycleHours = {
  /** Regulatory hours over the whole cycle (e.g. 265 h in Bac Pro), null when unknown. */
  cycleRegulatory: number | null;
  /** Regulatory hours of the years the cohort has had so far, this one included. */
  regulatorySoFar: number | null;
  /** Planned hours of the cohort's classes so far, this one included. */
  plannedSoFar: number;
};

export type CycleCompliance = { status: ComplianceStatus; remaining: number | null; explanation: string[] };

/** Over the cycle: what the cohort's classes planned so far against the regulatory hours of those years, and what is left. */
export function cycleCompliance(hours: CycleHours): CycleCompliance {
  if (hours.cycleRegulatory === null || hours.regulatorySoFar === null) {
    return { status: "NO_REFERENCE", remaining: null, explanation: ["Pas de volume réglementaire sur le cycle."] };
  }
  const cycle = cents(hours.cycleRegulatory);
  const planned = cents(hours.plannedSoFar);
  const soFar = cents(hours.regulatorySoFar);
  const remaining = cycle - planned;
  const status: ComplianceStatus = planned < soFar * SHORT_BELOW ? "SHORT" : planned < soFar ? "AT_RISK" : "ON_TRACK";
  return {
    status,
    remaining: hoursOf(remaining),
    explanation: [
      `Cycle ${formatHours(hoursOf(cycle))} − prévu jusqu'ici ${formatHours(hoursOf(planned))} = ${formatHours(hoursOf(remaining))} restant à prévoir.`,
      `Pour les années déjà engagées, ${formatHours(hoursOf(soFar))} sont réglementaires.`,
    ],
  };
}
