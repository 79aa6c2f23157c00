import { NotFoundContent } from "@/components/not-found-content";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { currentUser } from "@/lib/auth/session";

// An address no route answers gets only the root layout, so this draws the frame itself. A missing page
// inside an area (notFound() in one of its pages) is answered by that area's own not-found.tsx, inside
// the area's layout: drawing a frame here too would put a second header inside the page.
export default async function NotFound() {
  const user = await currentUser();
  return (
    <>
      <SiteHeader userName={user ? `${user.givenName} ${user.familyName}` : undefined} />
      <main id="contenuto" className="mx-auto max-w-5xl px-4 py-8">
        <NotFoundContent />
      </main>
      <SiteFooter />
    </>
  );
}
