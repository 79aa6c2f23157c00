"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { useT } from "./i18n-provider";

export function LogoutButton() {
  const t = useT();
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/?uscita=1" });
      }}
      className="rounded border border-white px-3 py-1 text-sm font-semibold text-white hover:bg-white hover:text-brand disabled:opacity-70"
    >
      {pending ? t("Uscita in corso…") : t("Esci")}
    </button>
  );
}
