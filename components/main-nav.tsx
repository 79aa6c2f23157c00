"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { msg } from "@/lib/i18n/translate";
import { useT } from "./i18n-provider";

// The labels name areas, never "your …": while a parent acts for a child the same menu leads to the child's
// record pages (decision 0008), and the personal pages say whose they are themselves.
const ITEMS: { href: string; label: string }[] = [
  { href: "/", label: msg("Home") },
  { href: "/documenti", label: msg("Documenti") },
  { href: "/esami", label: msg("Esami") },
  { href: "/ricette", label: msg("Ricette") },
  { href: "/prenotazioni", label: msg("Prenotazioni") },
  { href: "/vaccinazioni", label: msg("Vaccinazioni") },
  { href: "/consensi", label: msg("Consensi") },
  { href: "/accessi", label: msg("Accessi") },
  { href: "/notifiche", label: msg("Notifiche") },
  { href: "/aiuto", label: msg("Aiuto") },
];

/** The item a path belongs to: the exact page, or the area a detail page is inside. */
export function currentItem(pathname: string): string | null {
  if (pathname === "/") return "/";
  const match = ITEMS.find((item) => item.href !== "/" && (pathname === item.href || pathname.startsWith(`${item.href}/`)));
  return match?.href ?? null;
}

/**
 * The main navigation. On a phone it folds behind a disclosure button (aria-expanded); the current page is
 * marked with aria-current="page" and an underline, not by colour alone. `unread`: the person's unread
 * notices, shown as a badge on "Notifiche".
 */
export function MainNav({ unread = 0 }: { unread?: number }) {
  const t = useT();
  const pathname = usePathname();
  const current = currentItem(pathname);
  // The count is said in words to screen readers, and drawn as a badge beside the item (and the folded
  // menu); on the notices page itself they are being read, so it is not shown.
  const badge = unread > 0 && current !== "/notifiche" ? (
    <span className="ml-2 inline-block min-w-6 rounded-full bg-danger px-2 text-center text-sm font-bold text-white no-underline">
      <span aria-hidden="true">{unread}</span>
      <span className="sr-only">, {t("{count, plural, one {# avviso non letto} other {# avvisi non letti}}", { count: unread })}</span>
    </span>
  ) : null;
  const [open, setOpen] = useState(false);
  return (
    <nav aria-label={t("Navigazione principale")} className="border-b border-line bg-white">
      <div className="mx-auto max-w-5xl px-4">
        <button
          type="button"
          className="my-2 rounded border border-brand px-3 py-2 font-semibold text-brand md:hidden"
          aria-expanded={open}
          aria-controls="menu-principale"
          onClick={() => setOpen((value) => !value)}
        >
          {t("Menu")}
          {badge}
        </button>
        <ul id="menu-principale" className={`${open ? "flex" : "hidden"} flex-col pb-2 md:flex md:flex-row md:flex-wrap md:gap-1 md:pb-0`}>
          {ITEMS.map((item) => {
            const isCurrent = current === item.href;
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={isCurrent ? "page" : undefined}
                  // A followed link closes the phone menu, so that the new page is not hidden behind it.
                  onClick={() => setOpen(false)}
                  className={`block px-3 py-3 no-underline md:py-2 ${isCurrent ? "font-semibold text-brand-dark underline decoration-4 underline-offset-8" : "text-ink hover:underline"}`}
                >
                  {t(item.label)}
                  {item.href === "/notifiche" ? badge : null}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
