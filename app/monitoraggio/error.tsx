"use client";

import { ErrorContent } from "@/components/error-content";

// Inside this area's layout, which already draws the header and the <main>: only the content, so the
// page keeps one main landmark and its header (see app/error.tsx). No detail ever reaches the browser.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorContent reset={reset} />;
}
