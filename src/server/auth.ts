import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
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
        if (error instanceof CredentialsSignin || error.name === "AccessDenied") return;
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

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
