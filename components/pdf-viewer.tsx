"use client";

import dynamic from "next/dynamic";
import { useT } from "./i18n-provider";

// pdf.js needs browser APIs (DOMMatrix, canvas): the viewer is rendered only in the browser.
const PdfViewerCanvas = dynamic(() => import("./pdf-viewer-canvas"), {
  ssr: false,
  loading: () => <ViewerLoading />,
});

function ViewerLoading() {
  const t = useT();
  return (
    <p className="rounded border border-line bg-white p-4" role="status">
      {t("Caricamento del visualizzatore PDF…")}
    </p>
  );
}

export function PdfViewer(props: { url: string; title: string }) {
  return <PdfViewerCanvas {...props} />;
}
