import Link from "next/link";
import { redirect } from "next/navigation";
import { HomeView } from "@/components/home-view";
import { ageOn, ADULT_AGE } from "@/lib/access/policy";
import { currentAdministrator, currentOperator, currentProfessional, currentUser } from "@/lib/auth/session";
import { loadMyConsents } from "@/lib/consents/loaders";
import { actingForName } from "@/lib/delegations/context";
import { loadLatestDocuments } from "@/lib/documents/loaders";
import { getT } from "@/lib/i18n/server";
import { loadHomeTasks } from "@/lib/tasks/loaders";

const needsReview = (outcome: Awaited<ReturnType<typeof loadMyConsents>>) => outcome.allowed && outcome.value.needsReviewAtMajority;

type Props = { searchParams: Promise<{ uscita?: string }> };

export default async function StartPage({ searchParams }: Props) {
  const user = await currentUser();
  const t = await getT();
  if (user) {
    const actingFor = await actingForName();
    if (actingFor) {
      const latest = await loadLatestDocuments();
      return <HomeView givenName={user.givenName} latest={latest.items} minor={false} actingFor={actingFor} tasks={await loadHomeTasks()} />;
    }
    const age = ageOn(user.birthDate, new Date());
    // On a first access an adult reads how their data is used and confirms contacts before anything else.
    if (age >= ADULT_AGE && !user.firstAccessDone) redirect("/benvenuto");
    // Someone who just came of age reviews their parents' consent choices before anything else.
    if (age >= ADULT_AGE && age < ADULT_AGE + 2 && needsReview(await loadMyConsents())) redirect("/consensi?revisione=1");
    const [latest, professional, operator, administrator] = await Promise.all([loadLatestDocuments(), currentProfessional(), currentOperator(), currentAdministrator()]);
    const workAreas = [
      ...(professional ? [{ href: "/professionista", label: t("Area professionisti ({title})", { title: professional.title }) }] : []),
      ...(operator ? [{ href: "/operatore", label: t("Sportello ({place})", { place: operator.deskPoint }) }] : []),
      ...(administrator ? [{ href: "/monitoraggio", label: t("Monitoraggio regionale ({title})", { title: administrator.title }) }] : []),
    ];
    const minor = age < ADULT_AGE;
    return <HomeView givenName={user.givenName} latest={latest.items} minor={minor} workAreas={workAreas} tasks={minor ? undefined : await loadHomeTasks()} />;
  }
  const { uscita } = await searchParams;
  return (
    <div className="max-w-3xl">
      {uscita ? (
        <p className="mb-6 rounded border border-line bg-white p-3" role="status">
          {t("Sei uscito dal Fascicolo. Per la tua sicurezza chiudi il browser se il dispositivo è condiviso.")}
        </p>
      ) : null}
      <h1 className="text-4xl font-bold leading-tight">{t("Il tuo Fascicolo Sanitario Elettronico")}</h1>
      <p className="mt-4 text-xl">
        {t("Tutta la tua storia clinica in un posto solo: referti, lettere di dimissione, verbali di pronto soccorso, vaccinazioni. E sei tu a decidere chi può vederla.")}
      </p>
      <Link href="/accedi" className="mt-8 inline-block rounded bg-brand px-6 py-3 text-lg font-semibold text-white no-underline hover:bg-brand-dark hover:text-white">
        {t("Accedi con SPID o CIE")}
      </Link>
      <ul className="mt-10 grid gap-4 sm:grid-cols-3">
        <li className="rounded border border-line bg-white p-4">
          <h2 className="font-semibold">{t("I tuoi documenti")}</h2>
          <p className="mt-1 text-muted">{t("Leggili, scaricali, mostrali al medico dal telefono.")}</p>
        </li>
        <li className="rounded border border-line bg-white p-4">
          <h2 className="font-semibold">{t("La tua privacy")}</h2>
          <p className="mt-1 text-muted">{t("Vedi chi ha consultato il tuo fascicolo, quando e perché.")}</p>
        </li>
        <li className="rounded border border-line bg-white p-4">
          <h2 className="font-semibold">{t("Per la tua famiglia")}</h2>
          <p className="mt-1 text-muted">{t("I genitori seguono il fascicolo dei figli minori.")}</p>
        </li>
      </ul>
    </div>
  );
}
