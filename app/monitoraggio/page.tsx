import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MonitoringView } from "@/components/monitoring-view";
import type { RawQuery } from "@/lib/http/query";
import { loadMonitoringReport } from "@/lib/monitoring/loaders";
import { parseMonitoringQuery } from "@/lib/monitoring/schema";

export const metadata: Metadata = { title: "Monitoraggio regionale del FSE" };

export default async function MonitoringPage({ searchParams }: { searchParams: Promise<RawQuery> }) {
  const { query, errors } = parseMonitoringQuery(await searchParams);
  const report = await loadMonitoringReport(query);
  if (!report) notFound();
  return <MonitoringView report={report} errors={errors} />;
}
