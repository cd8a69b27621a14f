// Whole-database backups with PostgreSQL's own tools (custom format).
//
// Row-level security: every tenant table has it ENABLEd and FORCEd, so a dump
// made by a role subject to it would either stop ("query would be affected by
// row-level security policy": pg_dump turns row_security off and refuses) or,
// with --enable-row-security, silently hold only the rows its scope may see.
// Both commands therefore run as a role that bypasses it (superuser or
// BYPASSRLS), and refuse any other. The policies, grants, SECURITY DEFINER
// functions and triggers are schema objects: the dump carries them, and the
// restore checks they came back. Roles are cluster-wide, outside any dump: the
// app's role is created when the target server lacks it.
import { execFile } from "node:child_process";
import { stat } from "node:fs/promises";
import { promisify } from "node:util";
import pg from "pg";
import { APP_ROLE } from "../src/server/prisma-client";
import { withClient } from "../src/features/school-transfer/database";

const run = promisify(execFile);

export class BackupRefusedError extends Error {
  override name = "BackupRefusedError";
}


async function assertBypassesRowSecurity(client: pg.Client, what: string): Promise<void> {
  const { rows } = await client.query<{ role: string; bypass: boolean }>(
    "SELECT current_user::text AS role, (rolsuper OR rolbypassrls) AS bypass FROM pg_roles WHERE rolname = current_user",
  );
  if (!rows[0]?.bypass) {
    throw new BackupRefusedError(
      `${what} refusée : le rôle ${rows[0]?.role ?? "?"} est soumis à la sécurité par ligne (les tables des établissements ` +
        "seraient vides ou illisibles). Utilisez le propriétaire de la base : superutilisateur ou rôle BYPASSRLS.",
    );
  }
}

/** Major version of a PostgreSQL client tool, e.g. 15 for "pg_dump (PostgreSQL) 15.20 (Debian …)". */
async function toolMajor(tool: string): Promise<number> {
  try {
    const { stdout } = await run(tool, ["--version"]);
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
    if (!match) throw new BackupRefusedError(`Version de ${tool} illisible : ${stdout.trim()}`);
    return Number(match[1]);
  } catch (error) {
    if (error instanceof BackupRefusedError) throw error;
    throw new BackupRefusedError(`${tool} est introuvable : installez le client PostgreSQL (apt-get install postgresql-client).`);
  }
}

async function serverMajor(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
  return Math.floor(Number(rows[0]!.v) / 10_000);
}

/** pg_dump cannot dump a newer server than itself; pg_restore cannot read a newer pg_dump's archive. */
async function assertToolMatches(client: pg.Client, tool: "pg_dump" | "pg_restore"): Promise<void> {
  const [mine, server] = [await toolMajor(tool), await serverMajor(client)];
  if (mine < server) {
    throw new BackupRefusedError(
      `${tool} ${mine} est plus ancien que le serveur PostgreSQL ${server} : installez postgresql-client-${server}.`,
    );
  }
}

/** The URL without its password, which goes to the tool through PGPASSWORD: argv is visible to every local user (ps). */
function toolConnection(connectionString: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(connectionString);
  const password = decodeURIComponent(url.password);
  url.password = "";
  return { dbname: url.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

function toolError(tool: string, error: unknown): BackupRefusedError {
  const stderr = (error as { stderr?: string }).stderr?.trim();
  return new BackupRefusedError(`${tool} a échoué : ${stderr || (error as Error).message}`);
}

export type BackupReport = { file: string; bytes: number; tables: number; rows: number };

export async function backupDatabase(options: { connectionString: string; file: string }): Promise<BackupReport> {
  const { tables, rows } = await withClient(options.connectionString, async (client) => {
    await assertBypassesRowSecurity(client, "Sauvegarde");
    await assertToolMatches(client, "pg_dump");
    const { rows } = await client.query<{ tables: number; rows: string }>(
      "SELECT count(*)::int AS tables, coalesce(sum(n_live_tup), 0)::text AS rows FROM pg_stat_user_tables WHERE schemaname = 'public'",
    );
    return { tables: rows[0]!.tables, rows: Number(rows[0]!.rows) };
  });
  try {
    // One snapshot of the whole database; the app may keep writing meanwhile.
    const { dbname, env } = toolConnection(options.connectionString);
    await run("pg_dump", ["--format=custom", "--no-password", `--file=${options.file}`, `--dbname=${dbname}`], {
      maxBuffer: 16 * 1024 * 1024,
      env,
    });
  } catch (error) {
    throw toolError("pg_dump", error);
  }
  return { file: options.file, bytes: (await stat(options.file)).size, tables, rows };
}

export type RestoreReport = { tables: number; protectedTables: number; appReadableTables: number; policies: number; appRoleCreated: boolean };

export async function restoreDatabase(options: { connectionString: string; file: string }): Promise<RestoreReport> {
  try {
    await run("pg_restore", ["--list", options.file], { maxBuffer: 64 * 1024 * 1024 });
  } catch {
    throw new BackupRefusedError(`${options.file} n'est pas une sauvegarde lisible (format personnalisé de pg_dump attendu).`);
  }
  const appRoleCreated = await withClient(options.connectionString, async (client) => {
    await assertBypassesRowSecurity(client, "Restauration");
    await assertToolMatches(client, "pg_restore");
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'p')",
    );
    if (rows[0]!.n > 0) {
      throw new BackupRefusedError(
        `La base cible contient déjà ${rows[0]!.n} table(s) : restaurez dans une base vide (createdb boussole_restauree).`,
      );
    }
    const { rowCount } = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE]);
    if (rowCount) return false;
    // The same attributes as the migration that first made it.
    await client.query(`CREATE ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT`);
    return true;
  });
  try {
    // --no-owner: the objects belong to the restoring role (the owner), never to the app's role.
    const { dbname, env } = toolConnection(options.connectionString);
    await run(
      "pg_restore",
      ["--no-owner", "--exit-on-error", "--single-transaction", "--no-password", `--dbname=${dbname}`, options.file],
      { maxBuffer: 16 * 1024 * 1024, env },
    );
  } catch (error) {
    throw toolError("pg_restore", error);
  }
  return withClient(options.connectionString, async (client) => {
    const { rows } = await client.query<{ tables: number; protected: number; unprotected: string | null; policies: number; readable: number }>(
      `WITH tenant AS (
         SELECT c.oid, c.relname, c.relrowsecurity AND c.relforcerowsecurity AS protected
           FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
            AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'establishment_id' AND NOT a.attisdropped))
       SELECT (SELECT count(*)::int FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r') AS tables,
              (SELECT count(*)::int FROM tenant WHERE protected) AS protected,
              (SELECT string_agg(relname, ', ') FROM tenant WHERE NOT protected) AS unprotected,
              (SELECT count(*)::int FROM pg_policies WHERE schemaname = 'public') AS policies,
              (SELECT count(*)::int FROM tenant WHERE has_table_privilege($1, oid, 'SELECT')) AS readable`,
      [APP_ROLE],
    );
    const check = rows[0]!;
    if (check.unprotected) throw new BackupRefusedError(`Restauration incomplète : sécurité par ligne absente sur ${check.unprotected}.`);
    // Grants come back with the tables (the dump's ACL entries); none at all means they were left out.
    if (check.readable === 0) throw new BackupRefusedError(`Restauration incomplète : ${APP_ROLE} ne peut lire aucune table d'établissement.`);
    return { tables: check.tables, protectedTables: check.protected, appReadableTables: check.readable, policies: check.policies, appRoleCreated };
  });
}
