import Link from "next/link";
import { notFound } from "next/navigation";
import { NotebookEditForm } from "@/components/notebook-edit-form";
import { actingForName } from "@/lib/delegations/context";
import { loadNotebookEntry } from "@/lib/notebook/loaders";
import { entryIdSchema } from "@/lib/notebook/schema";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Modifica una nota del taccuino"));

type Props = { params: Promise<{ id: string }> };

export default async function NotebookEntryPage({ params }: Props) {
  const t = await getT();
  const id = entryIdSchema.safeParse({ entryId: (await params).id });
  if (!id.success) notFound();
  const entry = await loadNotebookEntry(id.data.entryId);
  // A refusal and a missing note look alike: the viewer must not learn that it exists.
  if (!entry) notFound();
  const actingFor = await actingForName();
  return (
    <div>
      <p>
        <Link href="/taccuino">← {actingFor ? t("Taccuino di {name}", { name: actingFor }) : t("Taccuino personale")}</Link>
      </p>
      <h1 className="mt-3 text-3xl font-bold">{t("Modifica la nota")}</h1>
      <p className="mt-2 text-muted">
        {t("Scritta il {date}.", { date: t.date(entry.createdAt) })} {entry.file ? t("Il file {name} resta allegato.", { name: entry.file.name }) : null}
      </p>
      <section aria-labelledby="modifica" className="mt-6 max-w-2xl rounded border border-line bg-white p-4">
        <h2 id="modifica" className="sr-only">
          {t("Modifica la nota")}
        </h2>
        <NotebookEditForm entry={entry} />
      </section>
    </div>
  );
}
