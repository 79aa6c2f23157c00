// A route handler that changes data answers only to the portal's own pages. Server actions get this check
// from Next; a handler must make it itself, or any site could post a logged-in person's cookies to it.

/** True when the request comes from a page of `appUrl`'s origin, by Origin or by Sec-Fetch-Site. */
export function isSameOriginRequest(request: Request, appUrl: string): boolean {
  const origin = request.headers.get("origin");
  if (origin) return origin === new URL(appUrl).origin;
  return request.headers.get("sec-fetch-site") === "same-origin";
}
