import "server-only";
import { cache } from "react";
import { isValidUai, normalizeUai } from "@/lib/uai";
import type { Db } from "@/server/prisma-client";

export async function listAcademiesWithEstablishments(options: { db: Db }) {
  return options.db.academy.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      establishments: {
        orderBy: [{ city: "asc" }, { name: "asc" }],
        select: { id: true, uai: true, name: true, city: true, kind: true },
      },
    },
  });
}

export async function findEstablishmentByUai(options: { db: Db; uai: string }) {
  return options.db.establishment.findUnique({
    where: { uai: options.uai },
    select: {
      id: true,
      uai: true,
      name: true,
      city: true,
      kind: true,
      academy: { select: { code: true, name: true } },
    },
  });
}

export type EstablishmentSummary = NonNullable<Awaited<ReturnType<typeof findEstablishmentByUai>>>;

/**
 * The establishment named by a URL segment, or null when the segment is not a
 * valid UAI or names no school. Cached for the request, so that the layout
 * and the page share one query.
 */
export const loadEstablishmentFromParam = cache(async (db: Db, segment: string) => {
  const uai = normalizeUai(decodeURIComponent(segment));
  if (!isValidUai(uai)) return null;
  return findEstablishmentByUai({ db, uai });
});
