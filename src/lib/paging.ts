// A long list cut into pages of a fixed size: which page is shown (the asked
// one, kept within the list), which items it holds, and which page numbers a
// page navigation offers. Pure: the comparison's table and its tests use it.

export type Paging = {
  /** The page shown, from 1. */
  page: number;
  pages: number;
  total: number;
  /** Positions of the page's first and last items, from 1 (0 and 0 for an empty list). */
  first: number;
  last: number;
};

/** The page asked for, kept between the first and the last page of `total` items. */
export function pagingOf(total: number, asked: number, size: number): Paging {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.floor(asked) || 1), pages);
  const first = total === 0 ? 0 : (page - 1) * size + 1;
  return { page, pages, total, first, last: Math.min(total, page * size) };
}

/** The items of the page shown. */
export function itemsOfPage<T>(items: T[], paging: Paging): T[] {
  return paging.total === 0 ? [] : items.slice(paging.first - 1, paging.last);
}

/**
 * The page numbers to offer: every page when there are few, otherwise the
 * first, the last and two on each side of the current one, with a gap
 * ("…") where numbers are left out.
 */
export function pageNumbers(page: number, pages: number): (number | "gap")[] {
  const shown = new Set([1, pages]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pages) shown.add(p);
  if (pages <= 9) for (let p = 1; p <= pages; p++) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  for (const [i, p] of sorted.entries()) {
    const before = sorted[i - 1];
    if (before !== undefined && p - before > 1) out.push(p - before === 2 ? p - 1 : "gap");
    out.push(p);
  }
  return out;
}
