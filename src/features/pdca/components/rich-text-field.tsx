"use client";

import { useEffect, useImperativeHandle, useRef, type Ref } from "react";

export type RichTextHandle = { setHtml: (html: string) => void; focus: () => void };

const tools = [
  { command: "bold", label: "Gras", shortcut: "Ctrl+B", text: "G", className: "font-bold" },
  { command: "italic", label: "Italique", shortcut: "Ctrl+I", text: "I", className: "italic" },
  { command: "insertUnorderedList", label: "Liste à puces", shortcut: null, text: "• Liste", className: "" },
  { command: "insertOrderedList", label: "Liste numérotée", shortcut: null, text: "1. Liste", className: "" },
] as const;

/**
 * A small rich-text field: paragraphs, bold, italic, lists. What is typed is
 * only a proposal: the server keeps the safe subset and the editor shows
 * what was stored. Pasted content is taken as plain text.
 */
export function RichTextField({
  id,
  labelledBy,
  describedBy,
  initialHtml,
  onChange,
  ref,
}: {
  id: string;
  labelledBy: string;
  describedBy?: string;
  initialHtml: string;
  onChange: (html: string) => void;
  ref?: Ref<RichTextHandle>;
}) {
  const editor = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Set once: React must not re-render the content the user is editing.
    if (editor.current) editor.current.innerHTML = initialHtml;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useImperativeHandle(ref, () => ({
    setHtml: (html) => {
      if (editor.current) editor.current.innerHTML = html;
    },
    focus: () => editor.current?.focus(),
  }));
  function run(command: string) {
    editor.current?.focus();
    document.execCommand(command);
    onChange(editor.current?.innerHTML ?? "");
  }
  return (
    <div className="rounded border border-slate-400 bg-white focus-within:outline-3 focus-within:outline-offset-2 focus-within:outline-brand-600">
      <div role="toolbar" aria-label="Mise en forme" aria-controls={id} className="flex flex-wrap gap-1 border-b border-slate-200 p-1">
        {tools.map((tool) => (
          <button
            key={tool.command}
            type="button"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => run(tool.command)}
            title={tool.shortcut ? `${tool.label} (${tool.shortcut})` : tool.label}
            aria-label={tool.label}
            className={`rounded px-2 py-0.5 text-sm hover:bg-slate-100 ${tool.className}`}
          >
            {tool.text}
          </button>
        ))}
      </div>
      <div
        ref={editor}
        id={id}
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        contentEditable
        suppressContentEditableWarning
        tabIndex={0}
        className="rich-text min-h-24 px-3 py-2 focus:outline-none"
        onInput={(event) => onChange(event.currentTarget.innerHTML)}
        onPaste={(event) => {
          event.preventDefault();
          document.execCommand("insertText", false, event.clipboardData.getData("text/plain"));
        }}
      />
    </div>
  );
}
