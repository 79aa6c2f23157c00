import "server-only";
import type { Db } from "@/lib/db/client";

/** A registered person by fiscal code: who they are, not anything about their health. */
export function findPersonByFiscalCode(database: Db, fiscalCode: string) {
  return database.person.findUnique({ where: { fiscalCode }, select: { id: true, birthDate: true, givenName: true, familyName: true, language: true } });
}
