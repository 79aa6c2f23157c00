import { ActionOutcome } from "@/components/action-outcome";
import { AreaUnavailable } from "@/components/area-unavailable";
import { ConfirmedActionForm } from "@/components/confirmed-action-form";
import { IncomeExemptionForm } from "@/components/income-exemption-form";
import { actingForName } from "@/lib/delegations/context";
import { revokeExemption } from "@/lib/exemptions/actions";
import { KIND_LABELS } from "@/lib/exemptions/labels";
import { loadExemptions } from "@/lib/exemptions/loaders";
import { exemptionPeriod, incomeYear } from "@/lib/exemptions/rules";
import { INCOME_DECLARATION_TEXT } from "@/lib/exemptions/schema";
import type { ExemptionItem } from "@/lib/exemptions/types";
import { getT, titled } from "@/lib/i18n/server";
import { msg, type Translator } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Esenzioni"));

function ExemptionRow({ item, current, t }: { item: ExemptionItem; current: boolean; t: Translator }) {
  return (
    <li className="rounded border border-line bg-white p-4">
      <p className="text-lg font-semibold">
        <span className="font-mono">{item.code}</span> · <span lang="it">{item.description}</span>
      </p>
      <p className="text-sm text-muted">
        {t(KIND_LABELS[item.kind])} · {t(item.issuedBy)} ·{" "}
        {item.validUntil
          ? t("dal {from} al {until}", { from: t.date(item.validFrom), until: t.date(item.validUntil) })
          : t("dal {from}, senza scadenza", { from: t.date(item.validFrom) })}
      </p>
      {item.selfCertification ? (
        <div className="mt-3 flex flex-wrap items-center gap-4">
          <a href={`/esenzioni/autocertificazioni/${item.id}/ricevuta?scarica=1`}>
            {t("Scarica la ricevuta (PDF)")}
            <span className="sr-only"> {t("dell'esenzione {code}", { code: item.code })}</span>
          </a>
          {current ? (
            <ConfirmedActionForm
              action={revokeExemption}
              fields={{ selfCertificationId: item.id }}
              label={t("Revoca")}
              tone="plain"
              srContext={t("l'esenzione {code}", { code: item.code })}
              confirmQuestion={t("Revocare l'esenzione {code}? Da subito il ticket torna dovuto.", { code: item.code })}
            />
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

export default async function ExemptionsPage() {
  const t = await getT();
  const actingFor = await actingForName();
  const outcome = await loadExemptions();
  if (!outcome.allowed) return <AreaUnavailable title={t("Esenzioni")} reason={outcome.reason} />;
  const { current, past, declarable } = outcome.value;
  // Why a code is missing from the form, in the words the refusal after sending would have used.
  const withheld = declarable.withheld.map(({ code, age }) =>
    actingFor
      ? t("Non è proposta l'esenzione {code}: spetta a chi ha meno di 6 anni o almeno 65, e secondo il fascicolo {name} ha {age} anni.", { code, name: actingFor, age })
      : t("Non ti proponiamo l'esenzione {code}: spetta a chi ha meno di 6 anni o almeno 65, e secondo il fascicolo hai {age} anni.", { code, age }),
  );
  const period = exemptionPeriod(new Date());
  return (
    <div>
      <h1 className="text-3xl font-bold">{actingFor ? t("Esenzioni di {name}", { name: actingFor }) : t("Esenzioni")}</h1>
      <p className="mt-2 max-w-3xl text-muted">{t("Le esenzioni dal ticket per patologia, invalidità e reddito. Valgono in farmacia e per visite ed esami.")}</p>
      <ActionOutcome>
        <section aria-labelledby="attive" className="mt-6">
          <h2 id="attive" className="text-2xl font-semibold">
            {t("Esenzioni valide oggi")}
          </h2>
          {current.length === 0 ? (
            <p className="mt-3 rounded border border-line bg-white p-4">{t("Oggi non risultano esenzioni: il ticket è dovuto secondo le regole della regione.")}</p>
          ) : (
            <ul className="mt-3 grid gap-3">
              {current.map((item) => (
                <ExemptionRow key={item.id} item={item} current t={t} />
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="autocertifica" className="mt-10 rounded border border-line bg-white p-4">
          <h2 id="autocertifica" className="text-2xl font-semibold">
            {t("Autocertifica un'esenzione per reddito")}
          </h2>
          <p className="mt-2 max-w-3xl">
            {t("Vale da oggi fino al {end} e si basa sui redditi del {year}. Ti chiediamo solo ciò che serve per il codice che scegli.", {
              end: t.date(period.end),
              year: String(incomeYear(period)),
            })}
          </p>
          <IncomeExemptionForm incomeYear={incomeYear(period)} declaration={INCOME_DECLARATION_TEXT} codes={declarable.offered} withheld={withheld} />
        </section>
        {past.length > 0 ? (
          <section aria-labelledby="passate" className="mt-10">
            <h2 id="passate" className="text-2xl font-semibold">
              {t("Esenzioni scadute o revocate")}
            </h2>
            <ul className="mt-3 grid gap-3">
              {past.map((item) => (
                <ExemptionRow key={item.id} item={item} current={false} t={t} />
              ))}
            </ul>
          </section>
        ) : null}
      </ActionOutcome>
    </div>
  );
}
