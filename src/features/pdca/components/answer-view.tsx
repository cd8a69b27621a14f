/**
 * An answer as stored: HTML already reduced to the safe subset by the server
 * (src/features/pdca/rich-text.ts) before it was written, never raw input.
 */
export function AnswerView({ html, className = "" }: { html: string; className?: string }) {
  if (!html) return <p className={`text-sm italic text-slate-600 ${className}`}>Pas encore de réponse.</p>;
  return <div className={`rich-text ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
