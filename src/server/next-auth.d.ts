import "next-auth";

declare module "next-auth" {
  interface Session {
    /** Our user_sessions row: checked on every request, revoked at sign-out. */
    sessionId?: string;
  }
}
