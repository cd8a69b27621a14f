import { establishmentKindLabels, type EstablishmentKind } from "../schemas";

type EstablishmentSummary = {
  uai: string;
  name: string;
  city: string;
  kind: EstablishmentKind;
  academy: { name: string };
};

export function EstablishmentHeader({ establishment }: { establishment: EstablishmentSummary }) {
  return (
    <div className="mb-6 print:hidden">
      <p className="text-sm text-slate-600">Académie de {establishment.academy.name}</p>
      <h1 className="text-2xl font-semibold sm:text-3xl">{establishment.name}</h1>
      <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700">
        <div className="flex gap-1">
          <dt className="font-medium">UAI</dt>
          <dd className="font-mono">{establishment.uai}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="font-medium">Commune</dt>
          <dd>{establishment.city}</dd>
        </div>
        <div className="flex gap-1">
          <dt className="font-medium">Type</dt>
          <dd>{establishmentKindLabels[establishment.kind]}</dd>
        </div>
      </dl>
    </div>
  );
}
