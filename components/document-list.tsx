import Link from "next/link";
import type { DocumentListItem } from "@/lib/documents/types";
import { getT } from "@/lib/i18n/server";
import { romeIsoDate } from "@/lib/i18n/time-zone";

/** `byYear`: a long list is grouped under the year of each document (Rome calendar), newest first. */
export async function DocumentList({ items, byYear = false }: { items: DocumentListItem[]; byYear?: boolean }) {
  if (!byYear) return <Items items={items} />;
  const years = new Map<string, DocumentListItem[]>();
  for (const item of items) {
    const year = romeIsoDate(item.clinicalDate).slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), item]);
  }
  return (
    <div className="grid gap-4">
      {[...years].map(([year, group]) => (
        <section key={year} aria-labelledby={`anno-${year}`}>
          <h2 id={`anno-${year}`} className="mb-2 text-xl font-semibold">
            {year}
          </h2>
          <Items items={group} />
        </section>
      ))}
    </div>
  );
}

async function Items({ items }: { items: DocumentListItem[] }) {
  const t = await getT();
  return (
    <ul className="divide-y divide-line rounded border border-line bg-white">
      {items.map((item) => (
        <li key={item.id}>
          <Link href={`/documenti/${item.id}`} className="block px-4 py-3 no-underline hover:bg-surface">
            <span className="block">
              {item.isNew ? <span className="mr-2 inline-block rounded bg-brand px-2 py-0.5 text-sm font-semibold text-white no-underline">{t("Nuovo")}</span> : null}
              <span lang="it" className="font-semibold underline">
                {item.title}
              </span>
            </span>
            {item.mainTests.length > 0 ? (
              <span lang="it" className="mt-1 block text-ink">
                {t("Esami: {tests}{more, select, yes { e altri} other {}}", { tests: item.mainTests.join(", "), more: item.moreTests ? "yes" : "no" })}
              </span>
            ) : null}
            <span className="mt-1 block text-sm text-muted">
              {t(item.typeLabel)} · <time dateTime={item.clinicalDate}>{t.date(item.clinicalDate)}</time> · {item.facilityName}
            </span>
            {item.obscured ? (
              <span className="mt-1 inline-block rounded bg-warning-bg px-2 py-0.5 text-sm text-ink">{t("Oscurato: lo vedi solo tu")}</span>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
