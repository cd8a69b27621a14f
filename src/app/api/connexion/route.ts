import { CredentialsSignin } from "next-auth";
import { safeReturnPath } from "@/features/identity/redirect";
import { signInErrors, type SignInErrorCode } from "@/features/identity/sign-in-errors";
import { signInSchema } from "@/features/identity/schemas";
import { formatWait, secondsBlocked, throttleKey } from "@/features/identity/throttle";
import { ThrottledSignIn, signIn } from "@/server/auth";
import { clientAddress } from "@/server/client-address";
import { db } from "@/server/db";

// Password sign-in. Answers JSON to the sign-in form's script, and redirects
// a plain form post (no JavaScript) back to the page with the same message.
// 400 bad input, 401 wrong credentials, 429 throttled, 200 signed in.

const MAX_BODY_BYTES = 16_384;

type Outcome = { status: number; code?: SignInErrorCode; message?: string; retryAfter?: number; redirectTo?: string };

async function readBody(request: Request): Promise<Record<string, unknown> | null> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_BODY_BYTES) return null;
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return null;
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.includes("application/json")) {
      const value: unknown = JSON.parse(text);
      return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    }
    return Object.fromEntries(new URLSearchParams(text));
  } catch {
    return null;
  }
}

async function attempt(request: Request, body: Record<string, unknown> | null): Promise<Outcome> {
  if (!body) return { status: 400, code: "saisie", message: "La demande de connexion est illisible ou trop longue." };
  const parsed = signInSchema.safeParse({ email: body.email, password: body.password });
  if (!parsed.success) {
    return { status: 400, code: "saisie", message: parsed.error.issues[0]?.message ?? signInErrors.saisie };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof ThrottledSignIn) {
      const key = throttleKey(parsed.data.email, clientAddress(request.headers));
      const seconds = Math.max(1, await secondsBlocked(db(), key));
      return {
        status: 429,
        code: "trop-de-tentatives",
        retryAfter: seconds,
        message: `Trop de tentatives de connexion pour ce compte : réessayez dans ${formatWait(seconds)}.`,
      };
    }
    if (error instanceof CredentialsSignin) {
      return { status: 401, code: "identifiants", message: signInErrors.identifiants };
    }
    throw error;
  }
  return { status: 200, redirectTo: safeReturnPath(body.retour) };
}

export async function POST(request: Request) {
  const isForm = !(request.headers.get("content-type") ?? "").includes("application/json");
  const body = await readBody(request);
  let outcome: Outcome;
  try {
    outcome = await attempt(request, body);
  } catch (error) {
    console.error("[connexion]", error);
    outcome = { status: 503, code: "indisponible", message: signInErrors.indisponible };
  }
  const headers: Record<string, string> = { "cache-control": "no-store" };
  if (outcome.retryAfter) headers["retry-after"] = String(outcome.retryAfter);
  if (isForm) {
    const target = new URL(outcome.status === 200 ? outcome.redirectTo! : "/connexion", request.url);
    if (outcome.code) target.searchParams.set("erreur", outcome.code);
    return new Response(null, { status: 303, headers: { ...headers, location: target.pathname + target.search } });
  }
  return Response.json(
    outcome.status === 200 ? { ok: true, redirectTo: outcome.redirectTo } : { ok: false, message: outcome.message },
    { status: outcome.status, headers },
  );
}
