import { describe, expect, it } from "vitest";
import { itemsOfPage, pageNumbers, pagingOf } from "./paging";

describe("paging", () => {
  it("gives the page asked for and its items' positions", () => {
    expect(pagingOf(1000, 3, 100)).toEqual({ page: 3, pages: 10, total: 1000, first: 201, last: 300 });
    expect(pagingOf(130, 2, 100)).toEqual({ page: 2, pages: 2, total: 130, first: 101, last: 130 });
    expect(pagingOf(100, 1, 100)).toEqual({ page: 1, pages: 1, total: 100, first: 1, last: 100 });
  });

  it("keeps a page out of the list within it", () => {
    expect(pagingOf(130, 9, 100).page).toBe(2);
    expect(pagingOf(130, 0, 100).page).toBe(1);
    expect(pagingOf(130, -4, 100).page).toBe(1);
    expect(pagingOf(130, Number.NaN, 100).page).toBe(1);
    expect(pagingOf(130, 1.7, 100).page).toBe(1);
    expect(pagingOf(0, 3, 100)).toEqual({ page: 1, pages: 1, total: 0, first: 0, last: 0 });
  });

  it("slices the items of the page", () => {
    const items = Array.from({ length: 130 }, (_, i) => i + 1);
    expect(itemsOfPage(items, pagingOf(130, 2, 100))).toEqual(items.slice(100));
    expect(itemsOfPage(items, pagingOf(130, 1, 100))).toHaveLength(100);
    expect(itemsOfPage([], pagingOf(0, 1, 100))).toEqual([]);
  });

  it("offers every page when there are few, otherwise the ends and the neighbours with gaps", () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(4, 9)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageNumbers(1, 100)).toEqual([1, 2, 3, "gap", 100]);
    expect(pageNumbers(50, 100)).toEqual([1, "gap", 48, 49, 50, 51, 52, "gap", 100]);
    expect(pageNumbers(100, 100)).toEqual([1, "gap", 98, 99, 100]);
    // A gap of one number shows the number instead.
    expect(pageNumbers(5, 12)).toEqual([1, 2, 3, 4, 5, 6, 7, "gap", 12]);
  });
});
