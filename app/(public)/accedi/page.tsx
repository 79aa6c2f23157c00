import { redirect } from "next/navigation";
import { LoginOptions } from "@/components/login-options";
import { loadLoginProviders, loginErrorMessage } from "@/lib/auth/loaders";
import { safeReturnPath } from "@/lib/auth/return-path";
import { currentUser } from "@/lib/auth/session";
import { getT, titled } from "@/lib/i18n/server";
import { msg } from "@/lib/i18n/translate";

export const generateMetadata = titled(msg("Accedi"));

type Props = { searchParams: Promise<{ errore?: string; error?: string; sessione?: string; riautenticazione?: string; callbackUrl?: string }> };

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  const reauthenticating = params.riautenticazione === "1";
  // Only pages of this portal: never an open redirect to another site.
  const returnTo = safeReturnPath(params.callbackUrl);
  if (!reauthenticating && (await currentUser())) redirect(returnTo ?? "/");
  const error = loginErrorMessage(params.errore ?? params.error);
  const t = await getT();
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{reauthenticating ? t("Conferma la tua identità") : t("Accedi al tuo Fascicolo")}</h1>
      <p className="mt-3 text-lg">{t("Usa la tua identità digitale: SPID oppure la Carta d'Identità Elettronica (CIE).")}</p>
      {params.sessione === "scaduta" && !error ? (
        <p className="mt-4 rounded border border-line bg-warning-bg p-3" role="status">
          {t("Per proteggere i tuoi dati la sessione è stata chiusa. Accedi di nuovo per continuare.")}
        </p>
      ) : returnTo && !reauthenticating && !error ? (
        <p className="mt-4 rounded border border-line bg-white p-3" role="status">
          {t("Accedi per continuare: poi si apre la pagina che hai chiesto.")}
        </p>
      ) : null}
      {error ? (
        <p className="mt-4 rounded border border-danger bg-white p-3 font-semibold text-danger" role="alert">
          {t(error)}
        </p>
      ) : null}
      <div className="mt-8">
        <LoginOptions providers={await loadLoginProviders()} callbackUrl={returnTo ?? "/"} />
      </div>
      <p className="mt-8 text-muted">
        {t("Non hai SPID o CIE? Puoi chiedere aiuto a un Punto Assistiti Salute della tua ASL, dove un operatore ti assiste di persona.")}
      </p>
    </div>
  );
}
