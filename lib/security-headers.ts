// Security headers sent with every response. Pages are prerendered, so the CSP cannot
// carry a per-request nonce; inline scripts are limited to Next's own bootstrap and
// every other source is this origin only: no request ever leaves for another origin.
//
// Only the embeddable counter (/embed/...) may be framed, by any site: allies put it in
// an iframe. Every other page refuses to be framed (clickjacking).
export interface SecurityHeaderOptions {
  embeddable?: boolean;
}

export function contentSecurityPolicy(
  isDevelopment: boolean,
  { embeddable = false }: SecurityHeaderOptions = {},
): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", ...(isDevelopment ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(isDevelopment ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": embeddable ? ["*"] : ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");
}

export function securityHeaders(
  isDevelopment: boolean,
  options: SecurityHeaderOptions = {},
): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(isDevelopment, options) },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    // X-Frame-Options has no "anyone" value, so the embeddable page goes without it.
    ...(options.embeddable ? [] : [{ key: "X-Frame-Options", value: "DENY" }]),
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(isDevelopment
      ? []
      : [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" }]),
  ];
}
