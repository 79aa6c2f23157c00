import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { I18nProvider } from "@/components/i18n-provider";
import { getLocale, getT } from "@/lib/i18n/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  const name = t("Fascicolo Sanitario Elettronico");
  return {
    title: { default: name, template: `%s · ${name}` },
    description: t("La tua storia clinica, i tuoi documenti sanitari e chi li ha consultati."),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: the CSP nonce (set in proxy.ts) must be fresh each time.
  await headers();
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans antialiased">
        <I18nProvider locale={locale}>{children}</I18nProvider>
      </body>
    </html>
  );
}
