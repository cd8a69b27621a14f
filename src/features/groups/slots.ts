// Slots (barrettes) of need groups: when they run, and whether two of them
// meet. Pure: the service, the forms and the tests share it.

export type Slot = {
  /** ISO weekday: 1 = Monday … 6 = Saturday. */
  weekday: number;
  startMinute: number;
  endMinute: number;
  /** Weeks of the period (1-based, inclusive); null for the whole period. */
  firstWeek: number | null;
  lastWeek: number | null;
};

export const weekdayLabels: Record<number, string> = {
  1: "lundi",
  2: "mardi",
  3: "mercredi",
  4: "jeudi",
  5: "vendredi",
  6: "samedi",
};

/** Two slots meet when they share a weekday, a moment of the day and a week of the period. */
export function slotsOverlap(a: Slot, b: Slot): boolean {
  if (a.weekday !== b.weekday) return false;
  if (!(a.startMinute < b.endMinute && b.startMinute < a.endMinute)) return false;
  const aFirst = a.firstWeek ?? 1;
  const aLast = a.lastWeek ?? Number.POSITIVE_INFINITY;
  const bFirst = b.firstWeek ?? 1;
  const bLast = b.lastWeek ?? Number.POSITIVE_INFINITY;
  return aFirst <= bLast && bFirst <= aLast;
}

/** "10 h", "10 h 30". */
export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, "0")}`;
}

/** "14:30" for an <input type="time">. */
export function timeInputValue(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** Minutes after midnight of "14:30" (or "14h30", "14 h"), or null. */
export function parseTime(value: string): number | null {
  const match = /^\s*(\d{1,2})\s*(?::|h)\s*(\d{2})?\s*$/i.exec(value);
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2] ?? 0);
  if (h > 23 || m > 59) return null;
  return h * 60 + m;
}

/** "lundi 10 h – 11 h, semaines 1 à 4" or "lundi 10 h – 11 h, toute la période". */
export function formatSlot(slot: Slot): string {
  const day = weekdayLabels[slot.weekday] ?? `jour ${slot.weekday}`;
  const weeks =
    slot.firstWeek === null || slot.lastWeek === null
      ? "toute la période"
      : slot.firstWeek === slot.lastWeek
        ? `semaine ${slot.firstWeek}`
        : `semaines ${slot.firstWeek} à ${slot.lastWeek}`;
  return `${day} ${formatTime(slot.startMinute)} – ${formatTime(slot.endMinute)}, ${weeks}`;
}

export type GroupState = {
  id: string;
  name: string;
  slot: Slot;
  room: string;
  capacity: number;
  teacherIds: readonly string[];
  pupilIds: readonly string[];
};

const sameRoom = (a: string, b: string) => {
  const norm = (r: string) => r.trim().toLocaleLowerCase("fr").replace(/\s+/g, " ");
  return norm(a) !== "" && norm(a) === norm(b);
};

/**
 * What breaks the rules of a period's groups, for the groups just changed
 * (`touched`): capacity, a pupil in two groups whose slots meet, a teacher or
 * a room in two places at once. French sentences, at most `limit` of them.
 */
export function groupConflicts(
  groups: readonly GroupState[],
  touched: ReadonlySet<string>,
  names: { pupil: (id: string) => string; teacher: (id: string) => string },
  limit = 5,
): string[] {
  const messages: string[] = [];
  const seenPairs = new Set<string>();
  for (const group of groups) {
    if (!touched.has(group.id)) continue;
    if (group.pupilIds.length > group.capacity) {
      messages.push(
        `Le groupe « ${group.name} » accueille au plus ${group.capacity} élève${group.capacity > 1 ? "s" : ""} : ${group.pupilIds.length} y sont inscrits.`,
      );
    }
    for (const other of groups) {
      if (other.id === group.id || !slotsOverlap(group.slot, other.slot)) continue;
      const pair = [group.id, other.id].sort().join("|");
      if (seenPairs.has(pair)) continue;
      seenPairs.add(pair);
      const when = formatSlot(other.slot);
      const otherPupils = new Set(other.pupilIds);
      for (const pupilId of group.pupilIds) {
        if (otherPupils.has(pupilId)) {
          messages.push(`${names.pupil(pupilId)} est déjà dans le groupe « ${other.name} » sur un créneau qui chevauche celui de « ${group.name} » (${when}).`);
        }
      }
      const otherTeachers = new Set(other.teacherIds);
      for (const teacherId of group.teacherIds) {
        if (otherTeachers.has(teacherId)) {
          messages.push(`${names.teacher(teacherId)} intervient déjà dans le groupe « ${other.name} » au même moment (${when}).`);
        }
      }
      if (sameRoom(group.room, other.room)) {
        messages.push(`La salle ${group.room.trim()} est déjà occupée par le groupe « ${other.name} » au même moment (${when}).`);
      }
    }
  }
  return messages.slice(0, limit);
}
