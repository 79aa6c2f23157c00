import { NotFoundContent } from "@/components/not-found-content";

// Inside this area's layout, which already draws the header: only the content (see app/not-found.tsx).
export default function NotFound() {
  return <NotFoundContent />;
}
