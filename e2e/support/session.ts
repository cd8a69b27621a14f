import { expect, request, type APIRequestContext } from "@playwright/test";

/** A request context signed in through the real sign-in endpoint. */
export async function signedInRequest(baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
  const response = await context.post("/api/connexion", { data: { email, password } });
  expect(response.status(), `sign-in of ${email}`).toBe(200);
  return context;
}
