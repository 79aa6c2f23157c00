import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { notificationsOf } from "./data";
import { markAllRead } from "./mutations";

/** The logged-in person's notices; opening the page marks them as read. */
export const loadMyNotifications = cache(async () => {
  const user = await requireUser();
  const database = await db();
  const inbox = await notificationsOf(database, user.personId);
  if (inbox.items.some((item) => item.unread)) await markAllRead(database, user.personId, new Date());
  return inbox;
});
