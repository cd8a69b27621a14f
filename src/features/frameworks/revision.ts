import { createHash } from "node:crypto";

// Frameworks carry no update timestamp: the revision of one is a digest of
// its content, so that a form saved over a newer content is refused.

export type FrameworkContent = {
  name: string;
  firstSchoolYear: number;
  lastSchoolYear: number | null;
  source: string;
  strands: { kind: string; label: string; position: number }[];
  volumes: { diploma: string; yearOfStudy: number; hours: number | null; weeklyHours: number | null; note: string }[];
};

export function frameworkRevision(content: FrameworkContent): string {
  const strands = [...content.strands]
    .sort((a, b) => a.position - b.position || a.kind.localeCompare(b.kind))
    .map((s) => [s.kind, s.label, s.position]);
  const volumes = [...content.volumes]
    .sort((a, b) => a.diploma.localeCompare(b.diploma) || a.yearOfStudy - b.yearOfStudy)
    .map((v) => [v.diploma, v.yearOfStudy, v.hours, v.weeklyHours, v.note]);
  const canonical = JSON.stringify([content.name, content.firstSchoolYear, content.lastSchoolYear, content.source, strands, volumes]);
  return createHash("sha256").update(canonical).digest("hex");
}
