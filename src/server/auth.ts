import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { NextRequest } from "next/server";
import { verifyPassword } from "@/features/identity/passwords";
import { signInSchema } from "@/features/identity/schemas";
import { openSession, revokeSession, SESSION_HOURS } from "@/features/identity/sessions";
import { clearFailures, recordFailure, secondsBlocked, throttleKey } from "@/features/identity/throttle";
import { clientAddress } from "./client-address";
import { db } from "./db";
import { env } from "./env";

export const SSO_PROVIDER_ID = "academie";

/** Wrong email or password: one message for both, so that accounts cannot be probed. */
export class InvalidCredentials extends CredentialsSignin {
  code = "identifiants";
}

/** Too many failures for this account from this address. */
export class ThrottledSignIn extends CredentialsSignin {
  code = "trop-de-tentatives";
}

async function authorizeWithPassword(credentials: Partial<Record<string, unknown>>, request: Request) {
  const parsed = signInSchema.safeParse({ email: credentials.email, password: credentials.password });
  if (!parsed.success) throw new InvalidCredentials();
  const { email, password } = parsed.data;
  const key = throttleKey(email, clientAddress(request.headers));
  if ((await secondsBlocked(db(), key)) > 0) throw new ThrottledSignIn();

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabledAt: true },
  });
  const valid = await verifyPassword(user?.passwordHash, password);
  if (!user || !valid || user.disabledAt) {
    if ((await recordFailure(db(), key)) > 0) throw new ThrottledSignIn();
    throw new InvalidCredentials();
  }
  await clearFailures(db(), key);
  return { id: user.id, email: user.email, name: user.name };
}

function ssoProviders(): NextAuthConfig["providers"] {
  const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_LABEL } = env();
  if (!OIDC_ISSUER) return [];
  return [
    {
      id: SSO_PROVIDER_ID,
      name: OIDC_LABEL,
      type: "oidc",
      issuer: OIDC_ISSUER,
      clientId: OIDC_CLIENT_ID,
      clientSecret: OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      checks: ["pkce", "state", "nonce"],
      // The ID token is still checked, but the email comes from the UserInfo endpoint:
      // in the code flow a conforming provider returns the email scope's claims there,
      // not necessarily in the ID token (OpenID Connect Core, 5.4).
      idToken: false,
    },
  ];
}

export function ssoConfigured(): boolean {
  return Boolean(env().OIDC_ISSUER);
}

function config(): NextAuthConfig {
  return {
    secret: env().AUTH_SECRET,
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
    pages: { signIn: "/connexion", error: "/connexion", signOut: "/deconnexion" },
    providers: [
      Credentials({
        id: "credentials",
        credentials: { email: {}, password: {} },
        authorize: authorizeWithPassword,
      }),
      ...ssoProviders(),
    ],
    logger: {
      error(error) {
        // Refused sign-ins are expected traffic, not server errors.
        // (error.type, not error.name: the production build shortens class names.)
        if (error instanceof CredentialsSignin || (error as { type?: string }).type === "AccessDenied") return;
        console.error(error);
      },
      warn() {},
    },
    callbacks: {
      // SSO: only an existing, enabled account with the same email may come in; it is never created.
      async signIn({ account, profile }) {
        if (account?.provider !== SSO_PROVIDER_ID) return true;
        const email = typeof profile?.email === "string" ? profile.email.normalize("NFC").trim().toLowerCase() : "";
        if (!email || profile?.email_verified === false) return false;
        const user = await db().user.findUnique({ where: { email }, select: { disabledAt: true } });
        return Boolean(user && !user.disabledAt);
      },
      async jwt({ token, user, account, profile }) {
        if (!account) return token;
        const email =
          account.provider === SSO_PROVIDER_ID
            ? String(profile?.email ?? "").normalize("NFC").trim().toLowerCase()
            : String(user?.email ?? "");
        const found = await db().user.findUnique({ where: { email }, select: { id: true } });
        if (!found) return null;
        const session = await openSession(db(), { userId: found.id, method: account.provider });
        return { sid: session.id, sub: found.id };
      },
      async session({ session, token }) {
        return { ...session, sessionId: typeof token.sid === "string" ? token.sid : undefined };
      },
    },
    events: {
      async signOut(message) {
        const sid = "token" in message ? message.token?.sid : undefined;
        if (typeof sid === "string") await revokeSession(db(), sid);
      },
    },
  };
}

const nextAuth = NextAuth(() => config());
export const { auth, signIn, signOut } = nextAuth;

/**
 * Auth.js's route handlers, given the URL the browser used. Next.js hands a
 * route handler its own address (http://localhost:PORT under `next start`,
 * whatever the Host), while Auth.js's server actions (signIn) build their URLs
 * from the Host header: the SSO callback URL would then differ between the
 * authorization request and the token request, which the provider refuses
 * (invalid_grant), and the browser would be sent back to localhost. Both now
 * read the same headers (trustHost). A plain Request, since NextRequest
 * rewrites a loopback address to "localhost"; AUTH_URL, when set, wins.
 */
function asAddressed(request: NextRequest): NextRequest {
  if (process.env.AUTH_URL || process.env.NEXTAUTH_URL) return request;
  const current = new URL(request.url);
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host"))?.split(",")[0]?.trim();
  const proto = (request.headers.get("x-forwarded-proto") ?? current.protocol).split(",")[0]!.trim().replace(/:$/, "");
  if (!host || (proto !== "http" && proto !== "https")) return request;
  try {
    const url = new URL(`${current.pathname}${current.search}`, `${proto}://${host}`);
    if (url.href === current.href) return request;
    const init: RequestInit & { duplex: "half" } = {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: request.signal,
      duplex: "half",
    };
    return new Request(url, init) as NextRequest;
  } catch {
    return request;
  }
}

export const handlers = {
  GET: (request: NextRequest) => nextAuth.handlers.GET(asAddressed(request)),
  POST: (request: NextRequest) => nextAuth.handlers.POST(asAddressed(request)),
};
