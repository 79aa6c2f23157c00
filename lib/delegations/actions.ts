"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { ACTING_FOR_COOKIE } from "./context";
import { heldDelegations } from "./data";
import { actForSchema } from "./schema";

/** Switches to the record of someone the person holds an active delegation for. */
export async function actFor(form: FormData): Promise<void> {
  const parsed = actForSchema.safeParse(Object.fromEntries(form));
  const user = await requireUser();
  if (!parsed.success) redirect("/deleghe");
  const held = await heldDelegations(await db(), user.personId, new Date());
  if (!held.some((delegation) => delegation.subjectId === parsed.data.subjectId)) redirect("/deleghe");
  (await cookies()).set(ACTING_FOR_COOKIE, parsed.data.subjectId, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().NEXTAUTH_URL.startsWith("https:"),
    path: "/",
  });
  redirect("/");
}

/** Back to one's own record. */
export async function actForSelf(): Promise<void> {
  await requireUser();
  (await cookies()).delete(ACTING_FOR_COOKIE);
  redirect("/");
}
