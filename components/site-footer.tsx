import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-line bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap gap-4 px-4 py-6 text-sm text-muted">
        <Link href="/accessibilita">Dichiarazione di accessibilità</Link>
        <Link href="/privacy">Informativa sulla privacy</Link>
      </div>
    </footer>
  );
}
