import { unitLabels } from "../catalogue";
import type { Trend } from "../dashboard";
import { TrendPanel } from "./trend-panel";

/** Trends side by side on a wide screen, one above the other on a phone. */
export function TrendGrid({ trends }: { trends: Trend[] }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {trends.map(({ row, heading, points }) => (
        <TrendPanel
          key={`${row.code}-${heading}`}
          code={row.code}
          label={row.label}
          unit={row.unit}
          unitLabel={unitLabels[row.unit]}
          target={row.target}
          points={points}
          heading={heading}
        />
      ))}
    </div>
  );
}
