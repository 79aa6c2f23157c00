import { SiteFooter } from "@/components/site-footer";
import { SessionIdleWarning } from "@/components/session-idle-warning";
import { SiteHeader } from "@/components/site-header";
import { currentOperator, requireUser } from "@/lib/auth/session";

export default async function OperatorLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const operator = await currentOperator();
  return (
    <>
      <SiteHeader userName={`${user.givenName} ${user.familyName}`} staff />
      <div className="border-b border-line bg-white">
        <p className="mx-auto max-w-5xl px-4 py-2 text-sm font-semibold">Sportello{operator ? ` · ${operator.deskPoint}` : ""}</p>
      </div>
      <main id="contenuto" className="mx-auto max-w-5xl px-4 py-8">
        {operator ? (
          children
        ) : (
          <>
            <h1 className="text-3xl font-bold">Area riservata agli operatori degli sportelli</h1>
            <p className="mt-4">Il tuo profilo non risulta abilitato come operatore di un Punto Assistiti Salute.</p>
          </>
        )}
      </main>
      <SiteFooter />
      <SessionIdleWarning user={user} />
    </>
  );
}
