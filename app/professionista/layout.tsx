import { SiteFooter } from "@/components/site-footer";
import { SessionIdleWarning } from "@/components/session-idle-warning";
import { SiteHeader } from "@/components/site-header";
import { currentProfessional, requireUser } from "@/lib/auth/session";

export default async function ProfessionalLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const professional = await currentProfessional();
  return (
    <>
      <SiteHeader userName={`${user.givenName} ${user.familyName}`} staff />
      <div className="border-b border-line bg-white">
        <p className="mx-auto max-w-5xl px-4 py-2 text-sm font-semibold">Area professionisti{professional ? ` · ${professional.title}` : ""}</p>
      </div>
      <main id="contenuto" className="mx-auto max-w-5xl px-4 py-8">
        {professional ? (
          children
        ) : (
          <>
            <h1 className="text-3xl font-bold">Area riservata ai professionisti sanitari</h1>
            <p className="mt-4">Il tuo profilo non risulta abilitato come professionista sanitario. Per consultare il tuo fascicolo torna alla pagina iniziale.</p>
          </>
        )}
      </main>
      <SiteFooter />
      <SessionIdleWarning user={user} />
    </>
  );
}
