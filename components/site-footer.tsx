import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export async function SiteFooter() {
  const t = await getT();
  return (
    <footer className="mt-12 border-t border-line bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap gap-4 px-4 py-6 text-sm text-muted">
        <Link href="/aiuto">{t("Aiuto e contatti")}</Link>
        <Link href="/accessibilita">{t("Dichiarazione di accessibilità")}</Link>
        <Link href="/privacy">{t("Informativa sulla privacy")}</Link>
      </div>
    </footer>
  );
}
