import { appConnection, appRoleProblem, createPool } from "./server/prisma-client";

/** Refuses to serve with a database role that could read every school's rows. */
export async function refuseUnsafeDatabaseRole(): Promise<void> {
  if (!process.env.DATABASE_URL) return;
  const connection = appConnection({
    DATABASE_URL: process.env.DATABASE_URL,
    APP_DATABASE_URL: process.env.APP_DATABASE_URL || undefined,
    DATABASE_SET_ROLE: process.env.DATABASE_SET_ROLE || undefined,
  });
  const pool = createPool({ ...connection, poolMax: 1 });
  const problem = await appRoleProblem(pool, { roleSwitch: Boolean(connection.setRole) })
    .catch((error: Error) => `connexion impossible (${error.message}).`)
    .finally(() => pool.end());
  if (problem) {
    console.error(`Boussole refuse de démarrer : ${problem} Voir « Base de données » dans le README.`);
    process.exit(1);
  }
}
