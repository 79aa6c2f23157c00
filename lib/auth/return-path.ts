// Where the login page sends a person once they are in: back to the page they asked for, but only ever a
// page of this portal. A crafted link must not turn the login into an open redirect to another site.

/** Set by proxy.ts on every request (never taken from the client): the path and query asked for. */
export const REQUEST_PATH_HEADER = "x-fascicolo-path";

const ORIGIN = "http://fascicolo.invalid";
const MAX_LENGTH = 1024;

/**
 * The same-origin relative path to return to, normalised, or null when `value` is not one: absolute and
 * protocol-relative URLs (`//evil`, `/\evil`, which browsers read as `//evil`), control characters (a tab
 * or newline is dropped by URL parsers, turning `/\t/evil` into `//evil`), and the login and API routes,
 * which are not pages to come back to.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return null;
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== ORIGIN) return null;
  if (/^\/(accedi|api)(\/|$)/.test(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/**
 * The login page for someone who reached `path` without a valid session. "Your session was closed" is
 * said only to who had one (`hadSession`: the session cookie came with the request but its session is
 * over); anyone else is simply asked to log in. Either way they come back to `path` afterwards.
 */
export function loginPageFor(path: string | null, hadSession: boolean): string {
  const query = new URLSearchParams();
  if (hadSession) query.set("sessione", "scaduta");
  const back = safeReturnPath(path);
  if (back && back !== "/") query.set("callbackUrl", back);
  const search = query.toString();
  return search ? `/accedi?${search}` : "/accedi";
}
