import Link from "next/link";
import type { DocumentListItem } from "@/lib/documents/types";
import { getT } from "@/lib/i18n/server";

export async function DocumentList({ items }: { items: DocumentListItem[] }) {
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
