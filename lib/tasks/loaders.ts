import "server-only";
import { cache } from "react";
import { withAccess } from "@/lib/access/gate";
import { previousVisitStart } from "@/lib/auth/data";
import { requireUser } from "@/lib/auth/session";
import { listCarePlans } from "@/lib/care-plans/data";
import { requireActingContext } from "@/lib/delegations/context";
import { countPublishedSince } from "@/lib/documents/data";
import { db } from "@/lib/db/client";
import { loadUnreadCount } from "@/lib/notifications/loaders";
import { listPrescriptions } from "@/lib/prescriptions/data";
import { careTasks, dispenseTasks } from "./rules";
import type { HomeTasks } from "./types";

/** Prescriptions to collect are few; more than this many would not fit a home page anyway. */
const SHOWN_PRESCRIPTIONS = 10;

/**
 * The home page's to-do for the record being consulted: each part read through the gate with its own
 * purpose (so the access log says what was read), and left out when the gate refuses it.
 */
export const loadHomeTasks = cache(async (): Promise<HomeTasks> => {
  const user = await requireUser();
  const { actor, subjectId } = await requireActingContext();
  const database = await db();
  const now = new Date();
  const since = await previousVisitStart(database, user.personId, user.sessionId);
  // One after the other: each gate call is its own transaction, with its own access-log row.
  const documents = since
    ? await withAccess(database, { actor, action: "document.list", subjectId, purpose: "NUOVI_DOCUMENTI" }, (subject, tx) => countPublishedSince(tx, subject, since))
    : null;
  const health = await withAccess(database, { actor, action: "health.read", subjectId, purpose: "DA_FARE" }, async (subject, tx) => ({
    plans: await listCarePlans(tx, subject, now),
    prescriptions: await listPrescriptions(tx, subject, { tipo: "farmaceutica", stato: "da-erogare" }, SHOWN_PRESCRIPTIONS, now),
  }));
  const unreadNotices = await loadUnreadCount();
  return {
    newDocuments: since && documents?.allowed ? { count: documents.value, since: since.toISOString() } : null,
    care: health.allowed ? careTasks(health.value.plans, now) : [],
    toDispense: health.allowed ? dispenseTasks(health.value.prescriptions.items) : [],
    unreadNotices,
  };
});
