/** A care-plan visit or test still to book: overdue when its date has passed. */
export type CareTask = { id: string; description: string; condition: string; dueBy: string; overdue: boolean };

/** A pharmacy prescription still to collect before it expires. */
export type DispenseTask = { id: string; nre: string; description: string; expiresAt: string };

/** What the home page lists as things to do or to look at, for the record being consulted. */
export type HomeTasks = {
  /** Documents published since the viewer's previous visit; null on a first visit. */
  newDocuments: { count: number; since: string } | null;
  care: CareTask[];
  toDispense: DispenseTask[];
  /** The logged-in person's own unread notices. */
  unreadNotices: number;
};
