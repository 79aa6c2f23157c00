import "server-only";
import { AuthorizedSubject } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";
import type { AccessLogFilters } from "./schema";
import type { AccessLogPage } from "./types";
import { DOCUMENT_UNAVAILABLE } from "./labels";
import { startOfNextRomeDay, startOfRomeDay } from "@/lib/i18n/time-zone";
import { msg } from "@/lib/i18n/translate";

const ROLE_OF: Record<string, string> = { professionisti: "PROFESSIONAL", delegati: "DELEGATE", operatori: "OPERATOR" };

/** Whose accesses: by default everyone but the record's owner and the reader (a parent reading for a child). */
function actorWhere(subject: AuthorizedSubject, chi: AccessLogFilters["chi"]) {
  const own = [...new Set([subject.subjectId, subject.actor.personId])];
  if (chi === undefined) return { actorId: { notIn: own } };
  if (chi === "tu") return { actorId: { in: own } };
  if (chi === "tutti") return {};
  return { actorRole: ROLE_OF[chi] };
}

function whereOf(subject: AuthorizedSubject, filters: AccessLogFilters) {
  AuthorizedSubject.check(subject);
  return {
    subjectId: subject.subjectId,
    ...(filters.prima ? { seq: { lt: filters.prima } } : {}),
    ...actorWhere(subject, filters.chi),
    ...(filters.esito ? { outcome: filters.esito === "negati" ? "DENY" : "ALLOW" } : {}),
    AND: [
      filters.dal ? { at: { gte: startOfRomeDay(filters.dal) } } : {},
      filters.al ? { at: { lt: startOfNextRomeDay(filters.al) } } : {},
    ],
  };
}

const UNKNOWN_ACTOR = msg("Soggetto non più registrato");

/** Who acted: a person by name, or a facility's software by its facility and application name. */
async function namesOfActors(tx: Tx, entries: { actorId: string; actorRole: string }[]): Promise<Map<string, string>> {
  const applicationIds = [...new Set(entries.filter((entry) => entry.actorRole === "FACILITY").map((entry) => entry.actorId))];
  const personIds = [...new Set(entries.filter((entry) => entry.actorRole !== "FACILITY").map((entry) => entry.actorId))];
  const [people, applications] = await Promise.all([
    personIds.length ? tx.person.findMany({ where: { id: { in: personIds } }, select: { id: true, givenName: true, familyName: true } }) : [],
    applicationIds.length
      ? tx.facilityApplication.findMany({ where: { id: { in: applicationIds } }, select: { id: true, name: true, facility: { select: { name: true } } } })
      : [],
  ]);
  return new Map([
    ...people.map((person) => [person.id, `${person.givenName} ${person.familyName}`] as const),
    ...applications.map((application) => [application.id, `${application.facility.name} (${application.name})`] as const),
  ]);
}

/** The subject's access log, newest first, keyset-paginated on the append sequence. */
export async function listAccessLog(tx: Tx, subject: AuthorizedSubject, filters: AccessLogFilters, pageSize: number): Promise<AccessLogPage> {
  AuthorizedSubject.check(subject, "accessLog.read");
  const entries = await tx.accessLogEntry.findMany({
    where: whereOf(subject, filters),
    orderBy: { seq: "desc" },
    take: pageSize + 1,
    select: {
      seq: true,
      at: true,
      actorId: true,
      actorRole: true,
      action: true,
      resourceType: true,
      resourceId: true,
      purpose: true,
      outcome: true,
      reason: true,
      detail: true,
    },
  });
  const page = entries.slice(0, pageSize);
  const actorNames = await namesOfActors(tx, page);
  // Other resources (a notebook entry, a desk session…) are named in the row but have no document title.
  const documentOf = (entry: { resourceType: string; resourceId: string | null }) => (entry.resourceType === "DOCUMENT" ? entry.resourceId : null);
  const documentIds = [...new Set(page.map(documentOf).filter((id): id is string => id !== null))];
  // Titles only of documents this viewer may see: a P98 title must not leak through the log.
  const documents = documentIds.length
    ? await tx.document.findMany({
        where: { id: { in: documentIds }, patientId: subject.subjectId, ...(subject.visibility.excludeHiddenFromPatient ? { hiddenFromPatient: false } : {}) },
        select: { id: true, title: true },
      })
    : [];
  const titles = new Map(documents.map((document) => [document.id, document.title]));
  const documentTitle = (entry: { resourceType: string; resourceId: string | null }) => {
    const id = documentOf(entry);
    return id ? (titles.get(id) ?? DOCUMENT_UNAVAILABLE) : null;
  };
  const otherActors = [...new Set(page.filter((entry) => entry.actorRole === "PROFESSIONAL" || entry.actorRole === "OPERATOR").map((entry) => entry.actorId))];
  const roles = otherActors.length
    ? await tx.personRole.findMany({ where: { personId: { in: otherActors } }, select: { personId: true, role: true, title: true, facilityId: true, deskPoint: true } })
    : [];
  const facilities = await tx.facility.findMany({
    where: { id: { in: roles.map((role) => role.facilityId).filter((id): id is string => id !== null) } },
    select: { id: true, name: true },
  });
  const facilityNames = new Map(facilities.map((facility) => [facility.id, facility.name]));
  const affiliation = (personId: string, role: string) => {
    const held = roles.find((candidate) => candidate.personId === personId && candidate.role === role);
    if (!held) return null;
    const place = held.facilityId ? facilityNames.get(held.facilityId) : held.deskPoint;
    return place ? `${held.title}, ${place}` : held.title;
  };
  return {
    rows: page.map((entry) => ({
      seq: Number(entry.seq),
      at: entry.at.toISOString(),
      actorName: actorNames.get(entry.actorId) ?? UNKNOWN_ACTOR,
      actorRole: entry.actorRole,
      actorAffiliation: affiliation(entry.actorId, entry.actorRole),
      emergencyReason: entry.purpose === "EMERGENZA" ? entry.detail : null,
      action: entry.action,
      documentTitle: documentTitle(entry),
      purpose: entry.purpose,
      outcome: entry.outcome === "DENY" ? "DENY" : "ALLOW",
      reason: entry.reason,
      isSelf: entry.actorId === subject.subjectId,
    })),
    nextCursor: entries.length > pageSize && page.length > 0 ? Number(page.at(-1)!.seq) : null,
  };
}
