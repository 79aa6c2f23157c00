import { ActionOutcome } from "@/components/action-outcome";
import { AreaUnavailable } from "@/components/area-unavailable";
import { ConfirmedActionForm } from "@/components/confirmed-action-form";
import { IncomeExemptionForm } from "@/components/income-exemption-form";
import { revokeExemption } from "@/lib/exemptions/actions";
import { KIND_LABELS } from "@/lib/exemptions/labels";
import { loadExemptions } from "@/lib/exemptions/loaders";
import { exemptionPeriod, incomeYear } from "@/lib/exemptions/rules";
import { INCOME_DECLARATION_TEXT } from "@/lib/exemptions/schema";
import type { ExemptionItem } from "@/lib/exemptions/types";
import { formatDate } from "@/lib/i18n/format";
import { titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Esenzioni"));

function ExemptionRow({ item, current }: { item: ExemptionItem; current: boolean }) {
  return (
    <li className="rounded border border-line bg-white p-4">
      <p className="text-lg font-semibold">
        <span className="font-mono">{item.code}</span> · {item.description}
      </p>
      <p className="text-sm text-muted">
        {KIND_LABELS[item.kind]} · {item.issuedBy} · dal {formatDate(item.validFrom)}
        {item.validUntil ? ` al ${formatDate(item.validUntil)}` : ", senza scadenza"}
      </p>
      {item.selfCertification ? (
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <a href={`/esenzioni/autocertificazioni/${item.id}/ricevuta?scarica=1`}>
            Scarica la ricevuta (PDF)<span className="sr-only"> dell&apos;esenzione {item.code}</span>
          </a>
          {current ? (
            <ConfirmedActionForm
              action={revokeExemption}
              fields={{ selfCertificationId: item.id }}
              label="Revoca"
              tone="plain"
              srContext={`l'esenzione ${item.code}`}
              confirmQuestion={`Revocare l'esenzione ${item.code}? Da subito il ticket torna dovuto.`}
            />
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

export default async function ExemptionsPage() {
  const outcome = await loadExemptions();
  if (!outcome.allowed) return <AreaUnavailable title="Esenzioni" reason={outcome.reason} />;
  const { current, past } = outcome.value;
  const period = exemptionPeriod(new Date());
  return (
    <div>
      <h1 className="text-3xl font-bold">Esenzioni</h1>
      <p className="mt-2 max-w-3xl text-muted">Le esenzioni dal ticket per patologia, invalidità e reddito. Valgono in farmacia e per visite ed esami.</p>
      <ActionOutcome>
        <section aria-labelledby="attive" className="mt-6">
          <h2 id="attive" className="text-2xl font-semibold">
            Esenzioni valide oggi
          </h2>
          {current.length === 0 ? (
            <p className="mt-3 rounded border border-line bg-white p-4">Oggi non risultano esenzioni: il ticket è dovuto secondo le regole della regione.</p>
          ) : (
            <ul className="mt-3 grid gap-3">
              {current.map((item) => (
                <ExemptionRow key={item.id} item={item} current />
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="autocertifica" className="mt-10 rounded border border-line bg-white p-4">
          <h2 id="autocertifica" className="text-2xl font-semibold">
            Autocertifica un&apos;esenzione per reddito
          </h2>
          <p className="mt-2 max-w-3xl">
            Vale da oggi fino al {formatDate(period.end)} e si basa sui redditi del {incomeYear(period)}. Ti chiediamo solo ciò che serve per il codice che scegli.
          </p>
          <IncomeExemptionForm incomeYear={incomeYear(period)} declaration={INCOME_DECLARATION_TEXT} />
        </section>
        {past.length > 0 ? (
          <section aria-labelledby="passate" className="mt-10">
            <h2 id="passate" className="text-2xl font-semibold">
              Esenzioni scadute o revocate
            </h2>
            <ul className="mt-3 grid gap-3">
              {past.map((item) => (
                <ExemptionRow key={item.id} item={item} current={false} />
              ))}
            </ul>
          </section>
        ) : null}
      </ActionOutcome>
    </div>
  );
}
