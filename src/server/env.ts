import "server-only";
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL est obligatoire (voir .env.example)." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL doit être une URL postgresql://"),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
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
