// The look of form controls, shared by every feature's forms.
export const inputClass = "mt-1 w-full rounded border border-slate-400 bg-white px-3 py-2";
export const labelClass = "block text-sm font-medium";
export const primaryButton =
  "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60";
export const smallPrimaryButton =
  "rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-900 disabled:opacity-60";
export const secondaryButton =
  "rounded border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-60";
export const dangerButton =
  "rounded border border-red-400 px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 disabled:opacity-60";
