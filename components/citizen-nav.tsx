import { ageOn, ADULT_AGE } from "@/lib/access/policy";
import type { CurrentUser } from "@/lib/auth/session";
import { loadUnreadCount } from "@/lib/notifications/loaders";
import { MainNav } from "./main-nav";

/** The main navigation with the count of the person's unread notices; a minor has none (their parents get them). */
export async function CitizenNav({ user }: { user: CurrentUser }) {
  const unread = ageOn(user.birthDate, new Date()) < ADULT_AGE ? 0 : await loadUnreadCount();
  return <MainNav unread={unread} />;
}
