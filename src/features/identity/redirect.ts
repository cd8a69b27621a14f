/** A same-site path to go back to after signing in; anything else goes home. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return "/";
  if (/[\u0000-\u001f]/.test(value) || value.length > 512) return "/";
  return value;
}
