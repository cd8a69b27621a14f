import Link from "next/link";
import { pageNumbers, type Paging } from "@/lib/paging";

const linkClass = "inline-flex min-w-9 justify-center rounded border px-2.5 py-1.5";

/**
 * The pages of a long table: the previous and next pages, the first, the last
 * and the current one's neighbours; the current one marked (aria-current).
 * Plain addresses, so that a page can be bookmarked and shared. Not prefetched:
 * each page is a whole rendering of the table.
 */
export function PageNav({ label, paging, hrefFor }: { label: string; paging: Paging; hrefFor: (page: number) => string }) {
  const { page, pages } = paging;
  const step = (to: number, text: string, rel: "prev" | "next") =>
    to >= 1 && to <= pages ? (
      <Link href={hrefFor(to)} rel={rel} prefetch={false} className={`${linkClass} border-slate-400 hover:bg-slate-100`}>
        {text}
      </Link>
    ) : (
      <span aria-disabled="true" className={`${linkClass} border-slate-200 text-slate-500`}>
        {text}
      </span>
    );
  return (
    <nav aria-label={label} className="my-3">
      <ul className="flex flex-wrap items-center gap-1 text-sm">
        <li>{step(page - 1, "← Précédente", "prev")}</li>
        {pageNumbers(page, pages).map((n, i) =>
          n === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-600">
              …
            </li>
          ) : (
            <li key={n}>
              <Link
                href={hrefFor(n)}
                prefetch={false}
                aria-current={n === page ? "page" : undefined}
                className={`${linkClass} ${n === page ? "border-brand-700 bg-brand-700 font-semibold text-white" : "border-slate-400 hover:bg-slate-100"}`}
              >
                <span className="sr-only">Page </span>
                {n}
              </Link>
            </li>
          ),
        )}
        <li>{step(page + 1, "Suivante →", "next")}</li>
      </ul>
    </nav>
  );
}
