import "server-only";
import { uaiFromSegment } from "@/lib/uai";
import { z } from "@/lib/zod-fr";
import type { Db } from "@/server/prisma-client";

// Reads of the platform administration, run in the administrator's data scope
// (row-level security shows an administrator every school's rows).

export async function getPlatformCounts(tx: Db) {
  const [academies, establishments, users, admins, disabled, events] = await Promise.all([
    tx.academy.count(),
    tx.establishment.count(),
    tx.user.count(),
    tx.user.count({ where: { isAdmin: true, disabledAt: null } }),
    tx.user.count({ where: { disabledAt: { not: null } } }),
    tx.auditEvent.count(),
  ]);
  return { academies, establishments, users, admins, disabled, events };
}

export async function listAcademies(tx: Db) {
  const rows = await tx.academy.findMany({
    orderBy: { name: "asc" },
    select: { id: true, code: true, name: true, _count: { select: { establishments: true, inspectors: true } } },
  });
  return rows.map(({ _count, ...academy }) => ({ ...academy, establishments: _count.establishments, inspectors: _count.inspectors }));
}

export type AcademyRow = Awaited<ReturnType<typeof listAcademies>>[number];

/** Académies for a select: id, code and name. */
export function listAcademyOptions(tx: Db) {
  return tx.academy.findMany({ orderBy: { name: "asc" }, select: { id: true, code: true, name: true } });
}

export type AcademyOption = Awaited<ReturnType<typeof listAcademyOptions>>[number];

/** Schools for a select, grouped by académie. */
export async function listEstablishmentOptions(tx: Db) {
  return tx.academy.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      establishments: { orderBy: [{ city: "asc" }, { name: "asc" }], select: { id: true, uai: true, name: true, city: true } },
    },
  });
}

export type EstablishmentOptions = Awaited<ReturnType<typeof listEstablishmentOptions>>;

/** A school of the administration's pages by the UAI in its address; null when malformed or unknown. */
export async function findEstablishmentByUai(tx: Db, segment: string) {
  const uai = uaiFromSegment(segment);
  if (!uai) return null;
  return tx.establishment.findUnique({
    where: { uai },
    select: {
      id: true,
      uai: true,
      name: true,
      city: true,
      kind: true,
      academyId: true,
      academy: { select: { name: true } },
      _count: { select: { memberships: true } },
    },
  });
}

export type AdminEstablishment = NonNullable<Awaited<ReturnType<typeof findEstablishmentByUai>>>;

/** The search typed in `?q=`, trimmed and bounded; empty when absent. */
export function searchTerm(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return (raw ?? "").normalize("NFC").trim().slice(0, 100);
}

export const USER_LIST_LIMIT = 200;

/** Accounts, optionally those whose name or email contains the search, by name. */
export async function listUsers(tx: Db, options: { search?: string } = {}) {
  const search = options.search?.trim();
  const rows = await tx.user.findMany({
    where: search
      ? {
          OR: [
            { name: { contains: search, mode: "insensitive" } },
            { email: { contains: search, mode: "insensitive" } },
          ],
        }
      : {},
    orderBy: [{ name: "asc" }, { email: "asc" }],
    take: USER_LIST_LIMIT,
    select: {
      id: true,
      name: true,
      email: true,
      isAdmin: true,
      disabledAt: true,
      _count: { select: { memberships: true, inspectorAssignments: true } },
    },
  });
  return rows.map(({ _count, disabledAt, ...user }) => ({
    ...user,
    disabled: disabledAt !== null,
    schools: _count.memberships,
    academies: _count.inspectorAssignments,
  }));
}

export type UserRow = Awaited<ReturnType<typeof listUsers>>[number];

/** One account with its rights; null for a malformed or unknown id. Never the password hash itself. */
export async function getUserDetail(tx: Db, id: string) {
  if (!z.uuid().safeParse(id).success) return null;
  const user = await tx.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      isAdmin: true,
      disabledAt: true,
      createdAt: true,
      updatedAt: true,
      passwordHash: true,
      memberships: {
        orderBy: { establishment: { name: "asc" } },
        select: {
          role: true,
          establishment: { select: { id: true, uai: true, name: true, city: true, academy: { select: { name: true } } } },
        },
      },
      inspectorAssignments: {
        orderBy: { academy: { name: "asc" } },
        select: { academy: { select: { id: true, code: true, name: true } } },
      },
    },
  });
  if (!user) return null;
  const openSessions = await tx.userSession.count({
    where: { userId: id, revokedAt: null, expiresAt: { gt: new Date() } },
  });
  const { passwordHash, ...rest } = user;
  return { ...rest, hasPassword: passwordHash !== null, openSessions };
}

export type UserDetail = NonNullable<Awaited<ReturnType<typeof getUserDetail>>>;
