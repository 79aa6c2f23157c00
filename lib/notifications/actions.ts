"use server";

import { msg } from "@/lib/i18n/translate";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { setNotificationsEnabled } from "./mutations";
import { notificationPreferenceSchema } from "./schema";

export type PreferenceState = { status: "idle" | "ok" | "error"; message: string };

export async function changeNotificationPreference(_previous: PreferenceState, form: FormData): Promise<PreferenceState> {
  const parsed = notificationPreferenceSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { status: "error", message: parsed.error.issues[0]?.message ?? msg("Dati non validi.") };
  const user = await requireUser();
  await setNotificationsEnabled(await db(), user.personId, parsed.data.enabled);
  revalidatePath("/notifiche");
  return { status: "ok", message: parsed.data.enabled ? msg("Notifiche attivate.") : msg("Notifiche disattivate.") };
}
