import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "@/lib/auth/return-path";
import { env } from "@/lib/env";
import { contentSecurityPolicy, STATIC_SECURITY_HEADERS } from "@/lib/http/security-headers";
import { STAFF_AREA_HEADER } from "@/lib/i18n/locale";

const DEFAULT_API_BASE = "/api/fse/v1";

// Sets the per-request CSP nonce and the security headers. It is not an auth boundary: every page,
// action and route handler checks the session itself.
export function proxy(request: NextRequest) {
  const config = env();
  // The gateway API under the base path the region configured: served by the routes of /api/fse/v1.
  const apiBase = config.FSE_API_BASE_PATH;
  const path = request.nextUrl.pathname;
  if (apiBase !== DEFAULT_API_BASE && (path === apiBase || path.startsWith(`${apiBase}/`))) {
    const target = request.nextUrl.clone();
    target.pathname = `${DEFAULT_API_BASE}${path.slice(apiBase.length)}`;
    return NextResponse.rewrite(target);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const formTargets = config.providers.map((provider) => new URL(provider.issuer).origin);
  const csp = contentSecurityPolicy(nonce, formTargets, config.NODE_ENV === "development", config.NEXTAUTH_URL.startsWith("https:"));

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // The staff consoles are in Italian only (lib/i18n/server.ts); set here, never taken from the client.
  requestHeaders.set(STAFF_AREA_HEADER, /^\/(operatore|professionista|monitoraggio)(\/|$)/.test(request.nextUrl.pathname) ? "1" : "0");
  // The page asked for, for the pages that must know it (the way back after login, the first access);
  // never the client's own header of that name. The router's internal cache-busting parameter is not part of it.
  const asked = request.nextUrl.clone();
  asked.searchParams.delete("_rsc");
  requestHeaders.set(REQUEST_PATH_HEADER, `${asked.pathname}${asked.search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  // Everything served through here is dynamic and may be personal: no browser or shared cache keeps it.
  response.headers.set("Cache-Control", "private, no-store");
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|pdf.worker.min.mjs|fonts/).*)" }],
};
