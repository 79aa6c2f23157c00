import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Fascicolo Sanitario Elettronico", template: "%s · Fascicolo Sanitario Elettronico" },
  description: "La tua storia clinica, i tuoi documenti sanitari e chi li ha consultati.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: the CSP nonce (set in proxy.ts) must be fresh each time.
  await headers();
  return (
    <html lang="it">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
