"use client";

import { signIn } from "next-auth/react";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { LoginProvider } from "@/lib/auth/loaders";
import { msg } from "@/lib/i18n/translate";
import { useT } from "./i18n-provider";

// The SPID button in the AgID look (blue, the mark on the left behind a divider, the providers in a panel
// below with the "more information" links) and the CIE button in the same family, as its guidelines ask.
// Our own markup and drawings, served by the portal: nothing is loaded from elsewhere.

const SPID_LINKS = [
  { href: "https://www.spid.gov.it", label: msg("Maggiori informazioni") },
  { href: "https://www.spid.gov.it/cos-e-spid/come-attivare-spid/", label: msg("Non hai SPID?") },
  { href: "https://www.spid.gov.it/serve-aiuto", label: msg("Serve aiuto?") },
];

const buttonClass =
  "flex h-14 w-full items-center rounded-md bg-[#0066cc] text-left text-lg font-semibold text-white shadow-sm hover:bg-[#004d99] focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-[#ffbf47] active:bg-[#003366] disabled:opacity-70 sm:w-80";

function Mark({ src }: { src: string }) {
  return (
    <span className="flex h-full items-center border-r border-white/40 px-3" aria-hidden="true">
      {/* eslint-disable-next-line @next/next/no-img-element -- a tiny local SVG, nothing to optimise */}
      <img src={src} alt="" width={32} height={32} className="h-8 w-8" />
    </span>
  );
}

function ProviderBadge({ name }: { name: string }) {
  // Provider logos live on the providers' own sites, which the page's policy does not load from.
  return (
    <span aria-hidden="true" className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-[#17324d] text-sm font-bold text-white">
      {name.trim().charAt(0).toUpperCase()}
    </span>
  );
}

export function LoginButtons({ providers, callbackUrl = "/" }: { providers: LoginProvider[]; callbackUrl?: string }) {
  const t = useT();
  const spid = providers.filter((provider) => provider.kind === "spid");
  const cie = providers.filter((provider) => provider.kind === "cie");
  const [menuOpen, setMenuOpen] = useState(false);
  const [pending, setPending] = useState<string | null>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const spidButtonRef = useRef<HTMLButtonElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (menuOpen) menuRef.current?.querySelector<HTMLButtonElement>("button[data-provider]")?.focus();
  }, [menuOpen]);

  useEffect(() => {
    if (!menuOpen) return;
    const closeOutside = (event: MouseEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setMenuOpen(false);
    };
    document.addEventListener("mousedown", closeOutside);
    return () => document.removeEventListener("mousedown", closeOutside);
  }, [menuOpen]);

  function start(providerId: string) {
    setPending(providerId);
    void signIn(providerId, { callbackUrl });
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape") {
      setMenuOpen(false);
      spidButtonRef.current?.focus();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>("button[data-provider]") ?? [])];
    if (items.length === 0) return;
    event.preventDefault();
    const current = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = event.key === "ArrowDown" ? (current + 1) % items.length : (current - 1 + items.length) % items.length;
    items[next]?.focus();
  }

  return (
    <div className="flex flex-col gap-6">
      {spid.length > 0 ? (
        <div ref={containerRef} onKeyDown={onMenuKeyDown}>
          <button
            ref={spidButtonRef}
            type="button"
            className={buttonClass}
            aria-haspopup="true"
            aria-expanded={menuOpen}
            aria-controls="spid-providers"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <Mark src="/login/spid-mark.svg" />
            <span className="px-4">{t("Entra con SPID")}</span>
          </button>
          <div
            id="spid-providers"
            ref={menuRef}
            hidden={!menuOpen}
            className="mt-2 w-full rounded-md border border-line bg-white shadow-md sm:w-80"
          >
            <ul aria-label={t("Gestori di identità SPID")}>
              {spid.map((provider) => (
                <li key={provider.id} className="border-b border-line">
                  <button
                    type="button"
                    data-provider={provider.id}
                    className="flex w-full items-center gap-3 px-4 py-3 text-left font-semibold text-[#0066cc] hover:bg-surface focus-visible:outline-3 focus-visible:outline-offset-[-3px] focus-visible:outline-[#ffbf47] disabled:opacity-70"
                    onClick={() => start(provider.id)}
                    disabled={pending !== null}
                  >
                    <ProviderBadge name={provider.name} />
                    <span>{pending === provider.id ? t("Collegamento a {name}…", { name: provider.name }) : provider.name}</span>
                  </button>
                </li>
              ))}
            </ul>
            <ul className="flex flex-col gap-1 px-4 py-3 text-sm" aria-label={t("Informazioni su SPID")}>
              {SPID_LINKS.map((link) => (
                <li key={link.href}>
                  <a href={link.href} className="text-[#004d99] underline" rel="noopener noreferrer" target="_blank">
                    {t(link.label)}
                    <span className="sr-only"> {t("(si apre in una nuova finestra)")}</span>
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      {cie.map((provider) => (
        <button key={provider.id} type="button" className={buttonClass} onClick={() => start(provider.id)} disabled={pending !== null}>
          <Mark src="/login/cie-mark.svg" />
          <span className="px-4">{pending === provider.id ? t("Collegamento in corso…") : t("Entra con CIE")}</span>
        </button>
      ))}
    </div>
  );
}
