import type { Trend } from "../dashboard";
import { TrendPanel } from "./trend-panel";

/** Trends side by side on a wide screen, one above the other on a phone. */
export function TrendGrid({ trends }: { trends: Trend[] }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {trends.map((t) => (
        <TrendPanel key={`${t.row.code}-${t.heading}`} row={t.row} heading={t.heading} points={t.points} />
      ))}
    </div>
  );
}
