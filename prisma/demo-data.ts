// The demo data set: two académies and their schools. Names are realistic,
// UAIs are well-formed (their check letters are right) but invented.
import type { EstablishmentKind } from "@/features/establishments/schemas";

type DemoEstablishment = { uai: string; name: string; city: string; kind: EstablishmentKind };
type DemoAcademy = { code: string; name: string; establishments: DemoEstablishment[] };

export const demoAcademies: DemoAcademy[] = [
  {
    code: "07",
    name: "Dijon",
    establishments: [
      { uai: "0210047M", name: "Lycée professionnel Le Castel", city: "Dijon", kind: "LP" },
      { uai: "0210061C", name: "Lycée polyvalent Hippolyte Fontaine", city: "Dijon", kind: "LPO" },
      { uai: "0211356K", name: "Lycée professionnel Les Marcs d'Or", city: "Dijon", kind: "LP" },
      { uai: "0580032V", name: "Lycée professionnel Pierre Bérégovoy", city: "Nevers", kind: "LP" },
      { uai: "0710077Y", name: "SEP du lycée Henri Parriat", city: "Montceau-les-Mines", kind: "SEP" },
      { uai: "0890058E", name: "Collège Albert Camus", city: "Auxerre", kind: "COLLEGE" },
    ],
  },
  {
    code: "03",
    name: "Besançon",
    establishments: [
      { uai: "0250063H", name: "Lycée professionnel Pierre-Adrien Pâris", city: "Besançon", kind: "LP" },
      { uai: "0250032Z", name: "Lycée polyvalent Les Huisselets", city: "Montbéliard", kind: "LPO" },
      { uai: "0390029V", name: "Lycée professionnel Le Corbusier", city: "Lons-le-Saunier", kind: "LP" },
      { uai: "0700905D", name: "Collège Jacques Brel", city: "Vesoul", kind: "COLLEGE" },
      { uai: "0900019G", name: "SEP du lycée Raoul Follereau", city: "Belfort", kind: "SEP" },
    ],
  },
];
