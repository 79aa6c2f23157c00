import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { ActingBanner } from "@/components/acting-banner";
import { Breadcrumb } from "@/components/breadcrumb";
import { CitizenNav } from "@/components/citizen-nav";
import { currentUser } from "@/lib/auth/session";
import { actingForName } from "@/lib/delegations/context";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const user = await currentUser();
  const actingFor = await actingForName();
  return (
    <>
      <SiteHeader userName={user ? `${user.givenName} ${user.familyName}` : undefined} />
      {user ? <CitizenNav user={user} /> : null}
      {actingFor ? <ActingBanner name={actingFor} /> : null}
      <main id="contenuto" className="mx-auto max-w-5xl px-4 py-8">
        <Breadcrumb />
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
