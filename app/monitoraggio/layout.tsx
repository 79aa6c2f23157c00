import { notFound } from "next/navigation";
import { SiteFooter } from "@/components/site-footer";
import { SessionIdleWarning } from "@/components/session-idle-warning";
import { SiteHeader } from "@/components/site-header";
import { currentAdministrator, requireUser } from "@/lib/auth/session";

// Regional monitoring exists only for administrators: to anyone else it is an address that does not exist
// (not a refusal that would tell them there is something here).
export default async function MonitoringLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const administrator = await currentAdministrator();
  if (!administrator) notFound();
  return (
    <>
      <SiteHeader userName={`${user.givenName} ${user.familyName}`} staff />
      <div className="border-b border-line bg-white">
        <p className="mx-auto max-w-5xl px-4 py-2 text-sm font-semibold">Monitoraggio regionale · {administrator.title}</p>
      </div>
      <main id="contenuto" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <SiteFooter />
      <SessionIdleWarning user={user} />
    </>
  );
}
