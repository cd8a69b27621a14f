import { hash, verify } from "@node-rs/argon2";

// Algorithm.Argon2id: the package exports it as a const enum, which isolated modules cannot read.
const ARGON2ID = 2;

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
const options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

// Verified when the account does not exist, so that an unknown email takes
// as long to refuse as a wrong password.
let decoy: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  decoy ??= hash("mot de passe leurre", options);
  const target = passwordHash ?? (await decoy);
  const ok = await verify(target, password).catch(() => false);
  return ok && passwordHash != null;
}
