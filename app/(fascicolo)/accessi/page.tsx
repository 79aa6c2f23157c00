import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ACTION_LABELS, OUTCOME_LABELS, PURPOSE_LABELS, REASON_LABELS, ROLE_LABELS } from "@/lib/access-log/labels";
import { loadMyAccessLog } from "@/lib/access-log/loaders";
import { formatDateTime } from "@/lib/i18n/format";

export const metadata: Metadata = { title: "Chi ha consultato il fascicolo" };

type Props = { searchParams: Promise<{ prima?: string }> };

export default async function AccessLogPage({ searchParams }: Props) {
  const { prima } = await searchParams;
  const before = prima && /^\d{1,12}$/.test(prima) ? Number(prima) : null;
  const log = await loadMyAccessLog(before);
  if (!log) notFound();
  return (
    <div>
      <h1 className="text-3xl font-bold">Chi ha consultato il tuo fascicolo</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Ogni accesso ai tuoi dati viene registrato, anche quando è negato, e il registro non può essere modificato. Qui trovi chi, quando, che cosa e
        perché, dal più recente.
      </p>
      {log.rows.length === 0 ? (
        <p className="mt-6 rounded border border-line bg-white p-4">Nessun accesso registrato.</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">Registro degli accessi al fascicolo</caption>
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className="p-2">Quando</th>
                <th scope="col" className="p-2">Chi</th>
                <th scope="col" className="p-2">Che cosa</th>
                <th scope="col" className="p-2">Perché</th>
                <th scope="col" className="p-2">Esito</th>
              </tr>
            </thead>
            <tbody>
              {log.rows.map((row) => (
                <tr key={row.seq} className="border-b border-line align-top">
                  <td className="p-2 whitespace-nowrap">
                    <time dateTime={row.at}>{formatDateTime(row.at)}</time>
                  </td>
                  <td className="p-2">
                    {row.isSelf ? "Tu" : row.actorName}
                    <span className="block text-sm text-muted">{ROLE_LABELS[row.actorRole] ?? row.actorRole}</span>
                  </td>
                  <td className="p-2">
                    {ACTION_LABELS[row.action] ?? row.action}
                    {row.documentTitle ? <span className="block text-sm text-muted">{row.documentTitle}</span> : null}
                  </td>
                  <td className="p-2">{PURPOSE_LABELS[row.purpose] ?? row.purpose}</td>
                  <td className={`p-2 ${row.outcome === "DENY" ? "font-semibold text-danger" : ""}`}>
                    {OUTCOME_LABELS[row.outcome]}
                    {REASON_LABELS[row.reason] ? <span className="block text-sm font-normal text-muted">{REASON_LABELS[row.reason]}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Pagine del registro" className="mt-4 flex gap-6">
        {before ? <Link href="/accessi">Torna ai più recenti</Link> : null}
        {log.nextCursor ? <Link href={`/accessi?prima=${log.nextCursor}`}>Accessi precedenti</Link> : null}
      </nav>
    </div>
  );
}
