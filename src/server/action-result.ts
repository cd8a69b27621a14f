/** What every server action answers: its data, or a French message (and per-field messages for bad input). */
export type ActionResult<T = null> =
  | { ok: true; data: T; message?: string }
  | { ok: false; status: number; message: string; fieldErrors?: Record<string, string[]>; current?: unknown };
