"use client";

import dynamic from "next/dynamic";

/** The chart, fetched only when a page draws one (Recharts is a large library). */
export const TrendChartLoader = dynamic(() => import("./trend-chart"), {
  ssr: false,
  loading: () => <div className="h-48 w-full animate-pulse rounded bg-slate-100" aria-hidden="true" />,
});
