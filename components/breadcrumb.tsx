"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { msg } from "@/lib/i18n/translate";
import { useT } from "./i18n-provider";

const AREAS: Record<string, string> = {
  documenti: msg("Documenti"),
  esami: msg("Andamento degli esami"),
  ricette: msg("Ricette"),
  vaccinazioni: msg("Vaccinazioni"),
  esenzioni: msg("Esenzioni"),
  prenotazioni: msg("Prenotazioni"),
  taccuino: msg("Taccuino personale"),
  "presa-in-carico": msg("Percorso di cura"),
  "profilo-sanitario": msg("Profilo sanitario sintetico"),
  consensi: msg("Consensi"),
  deleghe: msg("Deleghe"),
  accessi: msg("Chi ha consultato il fascicolo"),
  notifiche: msg("Notifiche"),
  profilo: msg("Profilo"),
  aiuto: msg("Aiuto"),
};

/** The steps from home to an inner page, for the breadcrumb: each but the last is a link. */
export function breadcrumbSteps(pathname: string): { href: string; label: string; current: boolean }[] {
  const segments = pathname.split("/").filter(Boolean);
  const area = segments[0] ? AREAS[segments[0]] : undefined;
  if (!area) return [];
  const steps = [
    { href: "/", label: msg("Home"), current: false },
    { href: `/${segments[0]}`, label: area, current: segments.length === 1 },
  ];
  if (segments.length > 1) steps.push({ href: pathname, label: msg("Dettaglio"), current: true });
  return steps;
}

/** Where an inner page sits, with the way back up; nothing on the home page. */
export function Breadcrumb() {
  const t = useT();
  const steps = breadcrumbSteps(usePathname());
  if (steps.length === 0) return null;
  return (
    <nav aria-label={t("Sei qui")} className="mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-1">
        {steps.map((step, index) => (
          <li key={step.href} className="flex items-center gap-1">
            {index > 0 ? <span aria-hidden="true">›</span> : null}
            {step.current ? (
              <span aria-current="page">{t(step.label)}</span>
            ) : (
              <Link href={step.href}>{t(step.label)}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
