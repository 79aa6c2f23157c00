import { SiteFooter } from "@/components/site-footer";
import { SessionIdleWarning } from "@/components/session-idle-warning";
import { SiteHeader } from "@/components/site-header";
import { ActingBanner } from "@/components/acting-banner";
import { Breadcrumb } from "@/components/breadcrumb";
import { CitizenNav } from "@/components/citizen-nav";
import { requireUser } from "@/lib/auth/session";
import { loadWhoseRecord } from "@/lib/delegations/context";

export default async function CitizenLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  // Also sends someone who has not done their first access to it, from whatever page they asked for.
  const { actingFor } = await loadWhoseRecord();
  return (
    <>
      <SiteHeader userName={`${user.givenName} ${user.familyName}`} />
      <CitizenNav user={user} />
      {actingFor ? <ActingBanner name={actingFor} /> : null}
      <main id="contenuto" className="mx-auto max-w-5xl px-4 py-8">
        <Breadcrumb />
        {children}
      </main>
      <SiteFooter />
      <SessionIdleWarning user={user} />
    </>
  );
}
