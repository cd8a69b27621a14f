import { describe, expect, it } from "vitest";
import { formatSlot, groupConflicts, parseTime, slotsOverlap, type GroupState, type Slot } from "./slots";

const slot = (weekday: number, start: string, end: string, weeks: [number, number] | null = null): Slot => ({
  weekday,
  startMinute: parseTime(start)!,
  endMinute: parseTime(end)!,
  firstWeek: weeks?.[0] ?? null,
  lastWeek: weeks?.[1] ?? null,
});

describe("slots", () => {
  it("meet when they share a weekday, a moment and a week", () => {
    expect(slotsOverlap(slot(1, "10:00", "11:00"), slot(1, "10:30", "11:30"))).toBe(true);
    expect(slotsOverlap(slot(1, "10:00", "11:00"), slot(1, "11:00", "12:00"))).toBe(false);
    expect(slotsOverlap(slot(1, "10:00", "11:00"), slot(2, "10:00", "11:00"))).toBe(false);
    expect(slotsOverlap(slot(1, "10:00", "11:00", [1, 3]), slot(1, "10:00", "11:00", [4, 6]))).toBe(false);
    expect(slotsOverlap(slot(1, "10:00", "11:00", [1, 3]), slot(1, "10:00", "11:00", [3, 6]))).toBe(true);
    expect(slotsOverlap(slot(1, "10:00", "11:00"), slot(1, "10:00", "11:00", [5, 6]))).toBe(true);
  });

  it("read and write times the French way", () => {
    expect(parseTime("14h30")).toBe(870);
    expect(parseTime("8:05")).toBe(485);
    expect(parseTime("25:00")).toBeNull();
    expect(formatSlot(slot(1, "10:00", "11:30", [1, 4]))).toBe("lundi 10 h – 11 h 30, semaines 1 à 4");
    expect(formatSlot(slot(4, "14:00", "15:00"))).toBe("jeudi 14 h – 15 h, toute la période");
  });
});

describe("groupConflicts", () => {
  const names = { pupil: (id: string) => `Élève ${id}`, teacher: (id: string) => `Prof ${id}` };
  const group = (id: string, s: Slot, extra: Partial<GroupState> = {}): GroupState => ({
    id,
    name: `G${id}`,
    slot: s,
    room: "",
    capacity: 10,
    teacherIds: [],
    pupilIds: [],
    ...extra,
  });

  it("refuses a pupil in two groups whose slots meet, but not on separate slots", () => {
    const a = group("1", slot(1, "10:00", "11:00"), { pupilIds: ["x"] });
    const b = group("2", slot(1, "10:30", "11:30"), { pupilIds: ["x"] });
    const c = group("3", slot(2, "10:00", "11:00"), { pupilIds: ["x"] });
    expect(groupConflicts([a, b, c], new Set(["2"]), names)).toEqual([
      "Élève x est déjà dans le groupe « G1 » sur un créneau qui chevauche celui de « G2 » (lundi 10 h – 11 h, toute la période).",
    ]);
    expect(groupConflicts([a, c], new Set(["3"]), names)).toEqual([]);
  });

  it("refuses a teacher or a room in two places at once, and a group over capacity", () => {
    const a = group("1", slot(1, "10:00", "11:00"), { teacherIds: ["t"], room: "B 12" });
    const b = group("2", slot(1, "10:00", "11:00"), { teacherIds: ["t"], room: "b  12", capacity: 1, pupilIds: ["x", "y"] });
    expect(groupConflicts([a, b], new Set(["2"]), names)).toEqual([
      "Le groupe « G2 » accueille au plus 1 élève : 2 y sont inscrits.",
      "Prof t intervient déjà dans le groupe « G1 » au même moment (lundi 10 h – 11 h, toute la période).",
      "La salle b  12 est déjà occupée par le groupe « G1 » au même moment (lundi 10 h – 11 h, toute la période).",
    ]);
  });
});
