import Link from "next/link";
import { ActionOutcome } from "@/components/action-outcome";
import { AreaUnavailable } from "@/components/area-unavailable";
import { ConfirmedActionForm } from "@/components/confirmed-action-form";
import { NotebookForm } from "@/components/notebook-form";
import { actingForName } from "@/lib/delegations/context";
import { changeSharing, removeEntry } from "@/lib/notebook/actions";
import { loadNotebook } from "@/lib/notebook/loaders";
import { notebookFiltersSchema } from "@/lib/notebook/schema";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Taccuino personale"));

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NotebookPage({ searchParams }: Props) {
  const t = await getT();
  const actingFor = await actingForName();
  const filters = notebookFiltersSchema.safeParse(await searchParams);
  const label = filters.success ? filters.data.etichetta : undefined;
  const { outcome, maxMb } = await loadNotebook(label);
  if (!outcome.allowed) return <AreaUnavailable title={t("Taccuino personale")} reason={outcome.reason} />;
  const { items, labels } = outcome.value;
  return (
    <div>
      <h1 className="text-3xl font-bold">{actingFor ? t("Taccuino di {name}", { name: actingFor }) : t("Taccuino personale")}</h1>
      <p className="mt-2 max-w-3xl text-muted">
        {actingFor
          ? t("Le note e i documenti di {name}: misurazioni, referti di strutture private, foto di una ricetta. Per ciascuno si decide se i professionisti possono vederlo.", { name: actingFor })
          : t("Le tue note e i tuoi documenti: misurazioni, referti di strutture private, foto di una ricetta. Decidi tu, per ciascuno, se i professionisti possono vederlo.")}
      </p>
      <ActionOutcome>
        <section aria-labelledby="aggiungi" className="mt-6 rounded border border-line bg-white p-4">
          <h2 id="aggiungi" className="text-2xl font-semibold">
            {t("Aggiungi")}
          </h2>
          <NotebookForm maxMb={maxMb} />
        </section>
        <section aria-labelledby="elenco-note" className="mt-8">
          <h2 id="elenco-note" className="text-2xl font-semibold">
            {label ? t("Note con l'etichetta «{label}»", { label }) : actingFor ? t("Le note di {name}", { name: actingFor }) : t("Le tue note")}
          </h2>
          {labels.length > 0 ? (
            <nav aria-label={t("Filtra per etichetta")} className="mt-3 flex flex-wrap gap-2">
              {label ? (
                <Link href="/taccuino" className="rounded border border-brand px-3 py-1">
                  {t("Tutte")}
                </Link>
              ) : null}
              {labels.map((name) => (
                <Link key={name} href={`/taccuino?etichetta=${encodeURIComponent(name)}`} aria-current={name === label ? "page" : undefined} className="rounded border border-line bg-white px-3 py-1 aria-[current=page]:border-2 aria-[current=page]:border-brand aria-[current=page]:font-semibold">
                  {name}
                </Link>
              ))}
            </nav>
          ) : null}
          {items.length === 0 ? (
            <p className="mt-3 rounded border border-line bg-white p-4">{label ? t("Nessuna nota con questa etichetta.") : t("Il taccuino è vuoto: aggiungi la prima nota qui sopra.")}</p>
          ) : (
            <ul className="mt-3 grid gap-3">
              {items.map((item) => (
                <li key={item.id}>
                  <article aria-labelledby={`nota-${item.id}`} className="rounded border border-line bg-white p-4">
                    <h3 id={`nota-${item.id}`} className="text-lg font-semibold">
                      {item.title}
                    </h3>
                    <p className="text-sm text-muted">
                      {t.date(item.createdAt)} · {item.sharedWithProfessionals ? t("visibile ai professionisti") : t("visibile solo a te")}
                      {item.labels.length > 0 ? ` · ${item.labels.join(", ")}` : ""}
                    </p>
                    {item.note ? <p className="mt-2 whitespace-pre-line">{item.note}</p> : null}
                    {item.file ? (
                      <p className="mt-2">
                        <a href={`/taccuino/${item.id}/file`}>
                          {t("Apri {name}", { name: item.file.name })}
                        </a>{" "}
                        <span className="text-sm text-muted">({t.fileSize(item.file.size)})</span>
                      </p>
                    ) : null}
                    <div className="mt-3 flex flex-wrap items-center gap-3">
                      <Link href={`/taccuino/${item.id}`} className="rounded border border-brand bg-white px-3 py-1 font-semibold text-brand no-underline">
                        {t("Modifica")}
                        <span className="sr-only"> {item.title}</span>
                      </Link>
                      <ConfirmedActionForm
                        key={`${item.id}-${item.sharedWithProfessionals}`}
                        action={changeSharing}
                        fields={{ entryId: item.id, shared: String(!item.sharedWithProfessionals) }}
                        label={item.sharedWithProfessionals ? t("Rendi privata") : t("Mostra ai professionisti")}
                        tone="plain"
                        srContext={item.title}
                      />
                      <ConfirmedActionForm action={removeEntry} fields={{ entryId: item.id }} label={t("Elimina")} tone="plain" srContext={item.title} confirmQuestion={t("Eliminare questa nota e il suo file?")} />
                    </div>
                  </article>
                </li>
              ))}
            </ul>
          )}
        </section>
      </ActionOutcome>
    </div>
  );
}
