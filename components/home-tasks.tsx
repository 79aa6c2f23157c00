import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import type { HomeTasks } from "@/lib/tasks/types";

/**
 * The top of the home page: what is new and what is to do, each with the link that does it. `actingFor`
 * names the person whose record is open; the notices are always the reader's own.
 */
export async function HomeTasksList({ tasks, actingFor }: { tasks: HomeTasks; actingFor?: string }) {
  const t = await getT();
  const items: { key: string; text: string; detail?: string; href: string; action: string; urgent?: boolean }[] = [];
  if (tasks.newDocuments && tasks.newDocuments.count > 0) {
    items.push({
      key: "documenti",
      text: actingFor
        ? t("{count, plural, one {# nuovo documento} other {# nuovi documenti}} di {name} dalla tua ultima visita del {date}", { count: tasks.newDocuments.count, name: actingFor, date: t.date(tasks.newDocuments.since) })
        : t("{count, plural, one {# nuovo documento} other {# nuovi documenti}} dalla tua ultima visita del {date}", { count: tasks.newDocuments.count, date: t.date(tasks.newDocuments.since) }),
      href: "/documenti",
      action: t("Vedi i documenti"),
    });
  }
  for (const care of tasks.care) {
    items.push({
      key: `cura-${care.id}`,
      text: care.overdue ? t("{what}: era da fare entro il {date}, da prenotare subito", { what: care.description, date: t.date(care.dueBy) }) : t("{what}: da prenotare, entro il {date}", { what: care.description, date: t.date(care.dueBy) }),
      detail: t("Percorso di cura: {condition}", { condition: care.condition }),
      href: "/prenotazioni",
      action: t("Prenota"),
      urgent: care.overdue,
    });
  }
  for (const prescription of tasks.toDispense) {
    items.push({
      key: `ricetta-${prescription.id}`,
      text: t("Ricetta da ritirare in farmacia: {what}", { what: prescription.description }),
      detail: t("Scade il {date}", { date: t.date(prescription.expiresAt) }),
      href: `/ricette/${prescription.id}`,
      action: t("Apri la ricetta"),
    });
  }
  if (tasks.unreadNotices > 0) {
    items.push({
      key: "avvisi",
      text: t("{count, plural, one {Hai # avviso non letto} other {Hai # avvisi non letti}}", { count: tasks.unreadNotices }),
      href: "/notifiche",
      action: t("Leggi gli avvisi"),
    });
  }
  return (
    <section aria-labelledby="da-fare" className="mt-6">
      <h2 id="da-fare" className="text-xl font-semibold">
        {t("Da fare e novità")}
      </h2>
      {items.length === 0 ? (
        <p className="mt-3 rounded border border-line bg-white p-4">{t("Niente da fare per ora: nessuna novità, nessun controllo da prenotare, nessuna ricetta da ritirare.")}</p>
      ) : (
        <ul className="mt-3 grid gap-3">
          {items.map((item) => (
            <li key={item.key} className={`flex flex-wrap items-center justify-between gap-3 rounded border bg-white p-4 ${item.urgent ? "border-2 border-danger" : "border-line"}`}>
              <div>
                <p lang="it" className={`font-semibold ${item.urgent ? "text-danger" : ""}`}>
                  {item.text}
                </p>
                {item.detail ? <p className="text-sm text-muted">{item.detail}</p> : null}
              </div>
              <Link href={item.href} className="rounded border border-brand bg-white px-3 py-1 font-semibold text-brand no-underline">
                {item.action}
                <span className="sr-only">: {item.text}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
