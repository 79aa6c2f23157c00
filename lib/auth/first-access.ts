import { ADULT_AGE, ageOn } from "@/lib/access/policy";

// On their first access an adult reads how their data is used and sets their contacts before anything
// else (ARCHITECTURE §1). Every page of the citizen area enforces it, not only the home page: a deep link
// or a bookmark must not skip it. A minor's record is managed by their parents, so a minor has none.

/** The pages that are part of the first-access flow, or that it links to: they stay open meanwhile. */
const FLOW = ["/benvenuto", "/consensi", "/profilo/riepilogo", "/privacy", "/accessibilita", "/accedi"];

type Person = { birthDate: Date; firstAccessDone: boolean };

/**
 * True when this request must go to the first-access page instead. `path` is the page asked for; when it
 * is unknown the flow is enforced, so that a missing header never skips it.
 */
export function mustCompleteFirstAccess(person: Person, path: string | null, now: Date): boolean {
  if (person.firstAccessDone || ageOn(person.birthDate, now) < ADULT_AGE) return false;
  const pathname = path?.split(/[?#]/, 1)[0] ?? null;
  return !(pathname && FLOW.some((page) => pathname === page || pathname.startsWith(`${page}/`)));
}
