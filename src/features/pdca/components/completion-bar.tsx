/** How much of a grid (or a phase) is answered: a bar with its figures in words. */
export function CompletionBar({ label, answered, total, percent }: { label: string; answered: number; total: number; percent: number }) {
  return (
    <div className="mt-1">
      <div className="flex justify-between text-sm">
        <span>{answered} / {total} répondues</span>
        <span className="font-semibold">{percent} %</span>
      </div>
      <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={`${percent} % (${answered} sur ${total})`} className="mt-1 h-2 rounded bg-slate-200">
        <div className={`h-2 rounded ${percent === 100 ? "bg-green-700" : "bg-brand-700"}`} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
