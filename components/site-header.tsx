import Link from "next/link";
import { LogoutButton } from "./logout-button";
import { SkipLink } from "./ui/skip-link";

type Props = { userName?: string };

export function SiteHeader({ userName }: Props) {
  return (
    <header className="bg-brand text-white">
      <SkipLink />
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-semibold text-white no-underline hover:text-white">
          Fascicolo Sanitario Elettronico
        </Link>
        {userName ? (
          <div className="flex items-center gap-3">
            <span className="text-sm" aria-label="Utente collegato">
              {userName}
            </span>
            <LogoutButton />
          </div>
        ) : null}
      </div>
    </header>
  );
}
