// A real OpenID Connect provider for the e2e run, standing in for the académie's
// single sign-on: `npx tsx e2e/support/oidc-provider.ts`. It serves on
// http://127.0.0.1:$OIDC_PORT (plain http, loopback only) and knows one client,
// Boussole at http://127.0.0.1:$APP_PORT. Its development login form accepts
// any password: the login typed IS the email the provider vouches for, so each
// test chooses who signs in.
// @ts-expect-error -- oidc-provider ships no type declarations.
import Provider from "oidc-provider";

const port = Number(process.env.OIDC_PORT ?? 3101);
const appPort = Number(process.env.APP_PORT ?? 3100);
const issuer = `http://127.0.0.1:${port}`;
const clientId = process.env.OIDC_CLIENT_ID ?? "boussole-e2e";
const clientSecret = process.env.OIDC_CLIENT_SECRET ?? "boussole-e2e-client-secret";

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [`http://127.0.0.1:${appPort}/api/auth/callback/academie`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      // What Auth.js uses when the provider's client says nothing.
      token_endpoint_auth_method: "client_secret_basic",
    },
  ],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  // The account id is the login typed on the provider's sign-in form.
  async findAccount(_ctx: unknown, id: string) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, email: id, email_verified: true };
      },
    };
  },
  // PKCE is allowed (Auth.js sends it) but not required of a confidential client: the default.
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ["boussole-e2e-oidc-cookie-key"] },
});

provider.on("server_error", (_ctx: unknown, error: unknown) => console.error("OIDC provider error:", error));

const server = provider.listen(port, "127.0.0.1", () => {
  console.log(`OIDC provider (e2e) ready: ${issuer}`);
});

function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
}
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
