// French words of the groups' domain, shared by pages, forms and the assistant.

export const groupKinds = ["REMEDIATION", "DEEPENING", "METHODOLOGY", "PROJECT", "GUIDANCE", "OTHER"] as const;
export type GroupKind = (typeof groupKinds)[number];

export const groupKindLabels: Record<GroupKind, string> = {
  REMEDIATION: "Remédiation",
  DEEPENING: "Approfondissement",
  METHODOLOGY: "Méthodologie",
  PROJECT: "Projet",
  GUIDANCE: "Orientation",
  OTHER: "Autre",
};

export const masteryLevels = ["INSUFFICIENT", "FRAGILE", "SATISFACTORY", "VERY_GOOD"] as const;
export type MasteryLevel = (typeof masteryLevels)[number];

/** The four-level scale of French schools. */
export const masteryLabels: Record<MasteryLevel, string> = {
  INSUFFICIENT: "maîtrise insuffisante",
  FRAGILE: "fragile",
  SATISFACTORY: "satisfaisante",
  VERY_GOOD: "très bonne maîtrise",
};

export const masteryRank: Record<MasteryLevel, number> = { INSUFFICIENT: 0, FRAGILE: 1, SATISFACTORY: 2, VERY_GOOD: 3 };

export const attendanceLabels = { PRESENT: "Présent", ABSENT: "Absent", EXCUSED: "Excusé" } as const;
export type AttendanceStatus = keyof typeof attendanceLabels;

/**
 * The hour plan's line that holds the hours of recorded group sessions, kept by
 * the database's triggers (migration group_session_hours, which repeats this text).
 */
export const GROUP_SESSIONS_DISCIPLINE = "Groupes de besoin (séances)";
