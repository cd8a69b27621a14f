// The académie comparison as a table: one row per school, one group of
// columns per chosen indicator (value, change over a year, position against
// the académie's quartiles), sortable; pure, for the page and its CSV export.
import { diplomas } from "@/features/frameworks/diplomas";
import { establishmentKinds, type EstablishmentKind } from "@/features/establishments/schemas";
import type { Diploma } from "@/generated/prisma/enums";
import { itemsOfPage, pagingOf, type Paging } from "@/lib/paging";
import { catalogueByCode, type CatalogueIndicator } from "./catalogue";
import type { ComparisonRow } from "./queries";
import { positionOf, spreadOf, type Position, type Spread } from "./statistics";
import { yearFromParam } from "./year-param";

export const defaultComparisonCodes = ["PUPILS_IN_GROUP_SHARE", "HOURS_DELIVERED_RATE", "GRID_COMPLETION", "ATTENDANCE_RATE"];
export const MAX_COMPARED = 6;
/**
 * Schools on a page of the comparison. An académie of up to this many sees all
 * of its schools at once; a larger one (the collèges and lycées of a large
 * académie) pages through them, sorted and placed against the quartiles of all,
 * and exports them all to CSV. Rendering a thousand rows of figures took the
 * page 300 ms and 2 MB of HTML (tests/benchmarks/HISTORY.md, session 14).
 */
export const COMPARISON_PAGE_SIZE = 100;

export type ComparisonParams = {
  schoolYear: number;
  codes: string[];
  kind: EstablishmentKind | null;
  diploma: Diploma | null;
  /** "name" or an indicator's code. */
  sort: string;
  descending: boolean;
  /** The page of the table asked for, from 1 (kept within the table when shown). */
  page: number;
};

type Search = Record<string, string | string[] | undefined>;
const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const one = (v: string | string[] | undefined) => list(v)[0];

/** The page's choices from its address; anything unknown falls back to a default, never an error. */
export function comparisonParams(search: Search, today = new Date()): ComparisonParams {
  const codes = [...new Set(list(search.indicateurs).filter((c) => catalogueByCode.has(c)))].slice(0, MAX_COMPARED);
  const kind = one(search.type);
  const diploma = one(search.diplome);
  const chosen = codes.length ? codes : defaultComparisonCodes;
  const sort = one(search.tri);
  return {
    schoolYear: yearFromParam(search.annee, today),
    codes: chosen,
    kind: establishmentKinds.find((k) => k === kind) ?? null,
    diploma: diplomas.find((d) => d === diploma) ?? null,
    sort: sort && (sort === "name" || chosen.includes(sort)) ? sort : "name",
    descending: one(search.ordre) === "desc",
    page: pageParam(one(search.page)),
  };
}

function pageParam(value: string | undefined): number {
  const page = /^\d{1,6}$/.test(value ?? "") ? Number(value) : 1;
  return page >= 1 ? page : 1;
}

/** The address of the same comparison with some choices changed. */
export function comparisonQueryString(params: ComparisonParams, yearLabel: (y: number) => string, change: Partial<ComparisonParams> = {}): string {
  const p = { ...params, ...change };
  const search = new URLSearchParams();
  search.set("annee", yearLabel(p.schoolYear));
  for (const code of p.codes) search.append("indicateurs", code);
  if (p.kind) search.set("type", p.kind);
  if (p.diploma) search.set("diplome", p.diploma);
  if (p.sort !== "name") search.set("tri", p.sort);
  if (p.descending) search.set("ordre", "desc");
  if (p.page > 1) search.set("page", String(p.page));
  return search.toString();
}

export type ComparisonCell = { value: number | null; suppressed: boolean; change: number | null; position: Position | null };
export type ComparisonTableRow = { establishmentId: string; uai: string; name: string; city: string; kind: EstablishmentKind; cells: Record<string, ComparisonCell> };
export type ComparisonTable = {
  indicators: CatalogueIndicator[];
  spreads: Record<string, Spread>;
  rows: ComparisonTableRow[];
};

const byName = new Intl.Collator("fr").compare;

export function comparisonTable(rows: ComparisonRow[], params: ComparisonParams, schools: { id: string; uai: string; name: string; city: string; kind: EstablishmentKind }[]): ComparisonTable {
  const indicators = params.codes.map((c) => catalogueByCode.get(c)!);
  // Each indicator's figures by school (keyed by the school's id as it came: no key built per row).
  const figures = new Map(indicators.map((i) => [i.code, new Map<string, ComparisonRow>()]));
  for (const r of rows) figures.get(r.indicatorCode)?.set(r.establishmentId, r);
  const spreads: Record<string, Spread> = {};
  for (const [code, bySchool] of figures) spreads[code] = spreadOf(Array.from(bySchool.values(), (r) => r.value));
  const tableRows = schools.map((school) => {
    const cells: Record<string, ComparisonCell> = {};
    for (const indicator of indicators) {
      const r = figures.get(indicator.code)!.get(school.id);
      const value = r?.value ?? null;
      const previous = r?.previous ?? null;
      cells[indicator.code] = {
        value,
        suppressed: r?.suppressed ?? false,
        change: value !== null && previous !== null ? Math.round((value - previous) * 10) / 10 : null,
        position: positionOf(value, spreads[indicator.code]!, indicator.direction),
      };
    }
    return { establishmentId: school.id, uai: school.uai, name: school.name, city: school.city, kind: school.kind, cells };
  });
  const direction = params.descending ? -1 : 1;
  tableRows.sort((a, b) => {
    if (params.sort === "name") return direction * byName(a.name, b.name);
    const x = a.cells[params.sort]?.value ?? null;
    const y = b.cells[params.sort]?.value ?? null;
    // Schools without a figure (or hidden) go last whatever the order.
    if (x === null && y === null) return byName(a.name, b.name);
    if (x === null) return 1;
    if (y === null) return -1;
    return direction * (x - y) || byName(a.name, b.name);
  });
  return { indicators, spreads, rows: tableRows };
}

/** The page of the table the address asks for (kept within the table), its rows only: the quartiles stay the académie's. */
export function comparisonPage(table: ComparisonTable, page: number): { table: ComparisonTable; paging: Paging } {
  const paging = pagingOf(table.rows.length, page, COMPARISON_PAGE_SIZE);
  return { table: { ...table, rows: itemsOfPage(table.rows, paging) }, paging };
}
