// The security headers every response carries, the same for all: next.config.ts
// sets them on every path, including the server actions that proxy.ts does not
// see. The content security policy is not here: it names a nonce per page, and
// proxy.ts sets it. No "server-only" guard: next.config.ts imports it.

export const staticSecurityHeaders = [
  { key: "x-content-type-options", value: "nosniff" },
  { key: "referrer-policy", value: "same-origin" },
  { key: "x-frame-options", value: "DENY" },
  { key: "permissions-policy", value: "camera=(), microphone=(), geolocation=()" },
];
