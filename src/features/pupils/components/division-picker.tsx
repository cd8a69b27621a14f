import Link from "next/link";

export type DivisionChoice = { id: string; name: string; pupils?: number };

/** Links to each class of the year (a plain list of links: works without script, and by keyboard). */
export function DivisionPicker({
  divisions,
  current,
  href,
  label,
}: {
  divisions: DivisionChoice[];
  current: string | null;
  href: (divisionId: string) => string;
  label: string;
}) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {divisions.map((division) => {
          const active = division.id === current;
          return (
            <li key={division.id}>
              <Link
                href={href(division.id)}
                aria-current={active ? "page" : undefined}
                className={`inline-block rounded border px-3 py-1.5 text-sm font-medium ${
                  active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"
                }`}
              >
                {division.name}
                {division.pupils !== undefined && (
                  <span className={active ? "text-white" : "text-slate-600"}>
                    {" "}
                    · {division.pupils} élève{division.pupils > 1 ? "s" : ""}
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
