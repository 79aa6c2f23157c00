import "server-only";
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import type { KeyRegistration } from "./keys";

// The facility registry's writes, for the `npm run facility` command and the demo set-up. Applications
// are revoked, never deleted: the access log names them by id.

export type FacilityFields = { code: string; name: string; type: string };

/** The facility by its code, created when new (its name and type updated when it exists). */
export async function upsertFacility(database: Db, fields: FacilityFields): Promise<string> {
  const facility = await database.facility.upsert({
    where: { code: fields.code },
    create: { id: `fac-${fields.code}`, ...fields },
    update: { name: fields.name, type: fields.type },
    select: { id: true },
  });
  return facility.id;
}

export async function registerApplication(database: Db, facilityId: string, name: string, key: KeyRegistration): Promise<string> {
  const application = await database.facilityApplication.create({
    data: { id: `app-${randomUUID()}`, facilityId, name, ...key },
    select: { id: true },
  });
  return application.id;
}

/** Revokes an application: its tokens are refused from the next request. Returns false when unknown or already revoked. */
export async function revokeApplication(database: Db, applicationId: string, now: Date): Promise<boolean> {
  const changed = await database.facilityApplication.updateMany({ where: { id: applicationId, revokedAt: null }, data: { revokedAt: now } });
  return changed.count === 1;
}
