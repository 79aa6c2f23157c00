"use server";

import { msg } from "@/lib/i18n/translate";
import { revalidatePath } from "next/cache";
import { withAccess } from "@/lib/access/gate";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { setNotificationsEnabled } from "./mutations";
import { notificationPreferenceSchema } from "./schema";

export type PreferenceState = { status: "idle" | "ok" | "error"; message: string };

/** The logged-in person's own choice, also while they consult someone else's record; refused and logged like any change. */
export async function changeNotificationPreference(_previous: PreferenceState, form: FormData): Promise<PreferenceState> {
  const parsed = notificationPreferenceSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? msg("Dati non validi.") };
  const user = await requireUser();
  const actor = { personId: user.personId, role: "CITIZEN" as const, displayName: `${user.givenName} ${user.familyName}` };
  const outcome = await withAccess(await db(), { actor, action: "notification.manage", subjectId: user.personId, purpose: "PREFERENZA_NOTIFICHE" }, (subject, tx) =>
    setNotificationsEnabled(tx, subject, parsed.data.enabled),
  );
  if (!outcome.allowed) return { status: "error", message: msg("Operazione non consentita. Nessuna modifica è stata fatta.") };
  revalidatePath("/notifiche");
  return { status: "ok", message: parsed.data.enabled ? msg("Notifiche attivate.") : msg("Notifiche disattivate.") };
}
