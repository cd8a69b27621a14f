"use client";

// Drawn in the browser only (loaded on demand by TrendChartLoader): Recharts
// stays out of every page that has no chart. Hidden from assistive
// technologies: the table next to it carries the same figures.
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TrendPoint = { label: string; value: number | null };

const number = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

export default function TrendChart({ points, target, unit }: { points: TrendPoint[]; target: number | null; unit: string }) {
  const suffix = unit === "%" ? " %" : unit === "heures" ? " h" : "";
  return (
    <div className="h-48 w-full" aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#334155" }} />
          <YAxis tick={{ fontSize: 12, fill: "#334155" }} width={44} tickFormatter={(v: number) => number.format(v)} />
          <Tooltip formatter={(v) => `${number.format(Number(v))}${suffix}`} />
          {target !== null && <ReferenceLine y={target} stroke="#b45309" strokeDasharray="4 4" label={{ value: "cible", fill: "#92400e", fontSize: 12, position: "insideTopRight" }} />}
          <Line type="monotone" dataKey="value" stroke="#1d4ed8" strokeWidth={2} dot={{ r: 4 }} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
