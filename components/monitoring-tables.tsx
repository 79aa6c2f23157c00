import { countText } from "@/lib/monitoring/disclosure";
import { dayInWords } from "@/lib/monitoring/report";
import type { MonitoringReport } from "@/lib/monitoring/types";

const yesNo = (value: boolean) => (value ? "Sì" : "No");

/** What citizens can find and use, as the national monitoring lays it out: document types, then services. */
export function MonitoringTables({ report }: { report: MonitoringReport }) {
  return (
    <>
      <section aria-labelledby="disponibilita" className="mt-8">
        <h2 id="disponibilita" className="text-2xl font-bold">Documenti disponibili ai cittadini</h2>
        <p className="mt-1 text-muted">
          Documenti pubblicati dal {dayInWords(report.periodFrom)} al {dayInWords(report.periodTo)} che i cittadini possono trovare nel fascicolo.
        </p>
        {/* Focusable, so that on a phone the table can be scrolled sideways from the keyboard too. */}
        <div className="mt-4 overflow-x-auto rounded border border-line bg-white" tabIndex={0} role="region" aria-label="Tabella dei documenti disponibili">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Tipi di documento disponibili nel periodo, con il numero di documenti e di cittadini</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="p-3">Tipo di documento</th>
                <th scope="col" className="p-3">Disponibile</th>
                <th scope="col" className="p-3 text-right">Documenti</th>
                <th scope="col" className="p-3 text-right">Cittadini</th>
              </tr>
            </thead>
            <tbody>
              {report.availability.map((row) => (
                <tr key={row.code} className="border-b border-line">
                  <th scope="row" className="p-3 font-normal">{row.label}</th>
                  <td className="p-3">{yesNo(row.available)}</td>
                  <td className="p-3 text-right">{countText(row.documents)}</td>
                  <td className="p-3 text-right">{countText(row.citizens)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="servizi" className="mt-8">
        <h2 id="servizi" className="text-2xl font-bold">Servizi offerti dal portale</h2>
        <div className="mt-4 overflow-x-auto rounded border border-line bg-white" tabIndex={0} role="region" aria-label="Tabella dei servizi">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">Servizi del fascicolo previsti dal monitoraggio nazionale e se il portale li offre</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="p-3">Servizio</th>
                <th scope="col" className="p-3">Offerto</th>
              </tr>
            </thead>
            <tbody>
              {report.services.map((service) => (
                <tr key={service.name} className="border-b border-line">
                  <th scope="row" className="p-3 font-normal">{service.name}</th>
                  <td className="p-3">{yesNo(service.offered)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
