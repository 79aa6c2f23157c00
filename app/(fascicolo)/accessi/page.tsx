import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessLogView } from "@/components/access-log-view";
import { loadMyAccessLog } from "@/lib/access-log/loaders";

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
        <AccessLogView rows={log.rows} />
      )}
      <nav aria-label="Pagine del registro" className="mt-4 flex gap-6">
        {before ? <Link href="/accessi">Torna ai più recenti</Link> : null}
        {log.nextCursor ? <Link href={`/accessi?prima=${log.nextCursor}`}>Accessi precedenti</Link> : null}
      </nav>
    </div>
  );
}
