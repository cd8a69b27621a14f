import "server-only";
import { z } from "zod";
import { DEFAULT_POOL_TIMEOUTS } from "./pool-settings";

const optional = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined);

const milliseconds = (fallback: number) => z.coerce.number().int().min(0).max(3_600_000).default(fallback);

const envSchema = z
  .object({
    DATABASE_URL: z
      .string({ error: "DATABASE_URL est obligatoire (voir .env.example)." })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL doit être une URL postgresql://"),
    APP_DATABASE_URL: optional,
    DATABASE_SET_ROLE: optional,
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
    // Off ("0") behind a pooler in transaction mode that does not track prepared statements (PgBouncer before 1.21).
    DATABASE_PREPARED_STATEMENTS: z
      .enum(["0", "1", "true", "false", ""], { error: "DATABASE_PREPARED_STATEMENTS vaut 1 (par défaut) ou 0." })
      .default("1")
      .transform((value) => value !== "0" && value !== "false"),
    // Milliseconds; defaults in DEFAULT_POOL_TIMEOUTS (src/server/pool-settings.ts), 0 turns a server-side timeout off.
    DATABASE_CONNECTION_TIMEOUT_MS: milliseconds(DEFAULT_POOL_TIMEOUTS.connectionTimeoutMs),
    DATABASE_IDLE_TIMEOUT_MS: milliseconds(DEFAULT_POOL_TIMEOUTS.idleTimeoutMs),
    DATABASE_STATEMENT_TIMEOUT_MS: milliseconds(DEFAULT_POOL_TIMEOUTS.statementTimeoutMs),
    DATABASE_LOCK_TIMEOUT_MS: milliseconds(DEFAULT_POOL_TIMEOUTS.lockTimeoutMs),
    DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: milliseconds(DEFAULT_POOL_TIMEOUTS.idleInTransactionTimeoutMs),
    AUTH_SECRET: z.string({ error: "AUTH_SECRET est obligatoire (voir .env.example)." }).min(32, "AUTH_SECRET doit comporter au moins 32 caractères."),
    OIDC_ISSUER: optional,
    OIDC_CLIENT_ID: optional,
    OIDC_CLIENT_SECRET: optional,
    OIDC_LABEL: z.string().default("Connexion académique (guichet unique)"),
    TRUST_PROXY: z
      .enum(["0", "1", "true", "false", ""])
      .default("0")
      .transform((value) => value === "1" || value === "true"),
  })
  .refine((env) => !env.OIDC_ISSUER || (env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET), {
    message: "OIDC_ISSUER demande aussi OIDC_CLIENT_ID et OIDC_CLIENT_SECRET.",
  });

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** The environment, read and validated once, on first use (not at build time). */
export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Configuration invalide : ${parsed.error.issues.map((i) => i.message).join(" ; ")}`);
    }
    cached = parsed.data;
  }
  return cached;
}
