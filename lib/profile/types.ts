export type ProfileView = {
  name: string;
  fiscalCode: string;
  email: string | null;
  emailVerified: boolean;
  phone: string | null;
  phoneVerified: boolean;
  notificationsEnabled: boolean;
  firstAccessAt: string | null;
  /** A code sent and not yet confirmed, so the page can ask for it. */
  pending: { id: string; channel: "EMAIL" | "SMS"; target: string; expiresAt: string } | null;
};
