import type { Metadata } from "next";
import Link from "next/link";
import { pdcaPhases } from "@/features/pdca/phases";
import { requireSchool } from "@/server/guards";

type Props = { params: Promise<{ uai: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { establishment } = await requireSchool((await params).uai, "establishment.read");
  return { title: establishment.name };
}

export default async function EstablishmentPage({ params }: Props) {
  const { establishment } = await requireSchool((await params).uai, "establishment.read");
  return (
    <section aria-labelledby="cycle">
      <h2 id="cycle" className="mb-4 text-lg font-semibold">
        Le cycle PDCA des dispositifs d&apos;accompagnement
      </h2>
      <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {pdcaPhases.map((phase) => (
          <li key={phase.key}>
            <Link
              href={`/etablissements/${establishment.uai}/grilles`}
              className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600"
            >
              <span className="block font-semibold text-brand-700">
                {phase.title} <span className="font-normal text-slate-600">({phase.english})</span>
              </span>
              <span className="mt-1 block text-sm text-slate-700">{phase.summary}</span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
