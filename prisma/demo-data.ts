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

/** Every demo account signs in with this password (or through the académie's SSO, when configured). */
export const demoPassword = "Boussole-demo-2026";

type DemoAccount = {
  email: string;
  name: string;
  description: string;
  isAdmin?: boolean;
  inspects?: string[];
  memberships?: { uai: string; role: "COORDINATOR" | "TEACHER" | "PRINCIPAL" }[];
};

export const demoAccounts: DemoAccount[] = [
  { email: "admin@boussole.example", name: "Isabelle Moreau", description: "administratrice de la plateforme", isAdmin: true },
  { email: "ien.dijon@ac-dijon.example", name: "Marc Lefèvre", description: "inspecteur, académie de Dijon", inspects: ["07"] },
  { email: "ipr.besancon@ac-besancon.example", name: "Nathalie Roux", description: "inspectrice, académie de Besançon", inspects: ["03"] },
  {
    email: "proviseur.castel@ac-dijon.example",
    name: "Julien Bernard",
    description: "proviseur, LP Le Castel",
    memberships: [{ uai: "0210047M", role: "PRINCIPAL" }],
  },
  {
    email: "coordo.castel@ac-dijon.example",
    name: "Claire Martin",
    description: "coordonnatrice au Castel, professeure aux Marcs d'Or",
    memberships: [
      { uai: "0210047M", role: "COORDINATOR" },
      { uai: "0211356K", role: "TEACHER" },
    ],
  },
  {
    email: "prof.castel@ac-dijon.example",
    name: "Karim Haddad",
    description: "professeur, LP Le Castel",
    memberships: [{ uai: "0210047M", role: "TEACHER" }],
  },
  {
    email: "principale.fontaine@ac-dijon.example",
    name: "Sophie Petit",
    description: "proviseure, lycée Hippolyte Fontaine",
    memberships: [{ uai: "0210061C", role: "PRINCIPAL" }],
  },
  {
    email: "proviseur.paris@ac-besancon.example",
    name: "Thomas Girard",
    description: "proviseur, LP Pierre-Adrien Pâris",
    memberships: [{ uai: "0250063H", role: "PRINCIPAL" }],
  },
  {
    email: "coordo.paris@ac-besancon.example",
    name: "Émilie Fabre",
    description: "coordonnatrice, LP Pierre-Adrien Pâris",
    memberships: [{ uai: "0250063H", role: "COORDINATOR" }],
  },
  {
    email: "prof.huisselets@ac-besancon.example",
    name: "Paul Renaud",
    description: "professeur, lycée Les Huisselets",
    memberships: [{ uai: "0250032Z", role: "TEACHER" }],
  },
];

/** The demo school year's organisation at LP Le Castel (0210047M), under the 2019 reform. */
export const demoOrganisation = {
  uai: "0210047M",
  schoolYear: 2026,
  framework: "TVP-2019",
  periods: [
    { name: "Période 1", startsOn: "2026-09-01", endsOn: "2026-10-16" },
    { name: "Période 2", startsOn: "2026-11-02", endsOn: "2026-12-18" },
    { name: "Période 3", startsOn: "2027-01-04", endsOn: "2027-02-12" },
    { name: "Période 4", startsOn: "2027-03-01", endsOn: "2027-04-16" },
    { name: "Période 5", startsOn: "2027-05-03", endsOn: "2027-06-18" },
  ],
  holidays: [
    { name: "Vacances de la Toussaint", startsOn: "2026-10-17", endsOn: "2026-11-01" },
    { name: "Vacances de Noël", startsOn: "2026-12-19", endsOn: "2027-01-03" },
  ],
  pilots: { CONSOLIDATION: "Claire Martin", PERSONALISED_SUPPORT: "Claire Martin", GUIDANCE: "Karim Haddad" },
  classes: [
    // Planned per period and strand [consolidation, AP, orientation]: 5 periods × 18 h = 90 h.
    { name: "2MELEC1", diploma: "BAC_PRO", yearOfStudy: 1, trade: "Métiers de l'électricité et de ses environnements connectés", headcount: 24, perPeriod: [6, 8, 4] },
    // 5 × 15 = 75 h of the 84 h required: short.
    { name: "1MELEC1", diploma: "BAC_PRO", yearOfStudy: 2, trade: "Métiers de l'électricité et de ses environnements connectés", headcount: 22, perPeriod: [5, 6, 4] },
    // 5 × 18.2 = 91 h.
    { name: "TMELEC1", diploma: "BAC_PRO", yearOfStudy: 3, trade: "Métiers de l'électricité et de ses environnements connectés", headcount: 21, perPeriod: [6, 7.2, 5] },
    // 5 × 20.3 = 101.5 h.
    { name: "1CAPEPC", diploma: "CAP", yearOfStudy: 1, trade: "Équipier polyvalent du commerce", headcount: 15, perPeriod: [8.3, 8, 4] },
  ],
} as const;
