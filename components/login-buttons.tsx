"use client";

import { signIn } from "next-auth/react";
import { useEffect, useRef, useState } from "react";
import type { LoginProvider } from "@/lib/auth/loaders";
import { useT } from "./i18n-provider";

function IdentityIcon() {
  // A person in a circle, drawn here: no external assets.
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="h-7 w-7 shrink-0">
      <circle cx="12" cy="12" r="11" fill="#fff" />
      <circle cx="12" cy="9" r="3.6" fill="#0066cc" />
      <path d="M5.5 19c1.2-3.3 3.7-5 6.5-5s5.3 1.7 6.5 5" fill="#0066cc" />
    </svg>
  );
}

const buttonClass =
  "flex w-full items-center gap-3 rounded bg-[#0066cc] px-5 py-3 text-left text-lg font-semibold text-white hover:bg-[#00488f] disabled:opacity-70 sm:w-80";

export function LoginButtons({ providers, callbackUrl = "/" }: { providers: LoginProvider[]; callbackUrl?: string }) {
  const t = useT();
  const spid = providers.filter((provider) => provider.kind === "spid");
  const cie = providers.filter((provider) => provider.kind === "cie");
  const [menuOpen, setMenuOpen] = useState(false);
  const [pending, setPending] = useState<string | null>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (menuOpen) menuRef.current?.querySelector("button")?.focus();
  }, [menuOpen]);

  function start(providerId: string) {
    setPending(providerId);
    void signIn(providerId, { callbackUrl });
  }

  return (
    <div className="flex flex-col gap-6">
      {spid.length > 0 ? (
        <div
          onKeyDown={(event) => {
            if (event.key === "Escape") setMenuOpen(false);
          }}
        >
          <button
            type="button"
            className={buttonClass}
            aria-haspopup="true"
            aria-expanded={menuOpen}
            aria-controls="spid-providers"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <IdentityIcon />
            <span>{t("Entra con SPID")}</span>
          </button>
          {menuOpen ? (
            <ul id="spid-providers" ref={menuRef} className="mt-2 w-full rounded border border-line bg-white sm:w-80" aria-label={t("Gestori di identità SPID")}>
              {spid.map((provider) => (
                <li key={provider.id} className="border-b border-line last:border-b-0">
                  <button
                    type="button"
                    className="w-full px-4 py-3 text-left font-semibold text-brand hover:bg-surface"
                    onClick={() => start(provider.id)}
                    disabled={pending !== null}
                  >
                    {pending === provider.id ? t("Collegamento a {name}…", { name: provider.name }) : provider.name}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {cie.map((provider) => (
        <button key={provider.id} type="button" className={buttonClass} onClick={() => start(provider.id)} disabled={pending !== null}>
          <IdentityIcon />
          <span>{pending === provider.id ? t("Collegamento in corso…") : t("Entra con CIE")}</span>
        </button>
      ))}
    </div>
  );
}
