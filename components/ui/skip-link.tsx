import { getT } from "@/lib/i18n/server";

export async function SkipLink() {
  const t = await getT();
  return (
    <a
      href="#contenuto"
      className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2"
    >
      {t("Vai al contenuto principale")}
    </a>
  );
}
