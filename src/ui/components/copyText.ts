/** Where copyText writes: the page's clipboard and document, or stand-ins in tests. */
export interface CopyEnv {
  clipboard?: { writeText(text: string): Promise<void> } | undefined;
  document?: Document;
}

function pageEnv(): CopyEnv {
  return {
    clipboard: typeof navigator === "undefined" ? undefined : navigator.clipboard,
    document: typeof document === "undefined" ? undefined : document,
  };
}

/** The old way, for webviews that block navigator.clipboard (Office on some platforms, older WPS): select and copy. */
function copyBySelection(text: string, doc: Document): boolean {
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.left = "-10000px";
  doc.body.appendChild(area);
  const focused = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  try {
    area.select();
    return typeof doc.execCommand === "function" && doc.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
    focused?.focus();
  }
}

/** Puts the text on the clipboard; false when neither way worked (then the caller shows it to copy by hand). */
export async function copyText(text: string, env: CopyEnv = pageEnv()): Promise<boolean> {
  try {
    if (env.clipboard && typeof env.clipboard.writeText === "function") {
      await env.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Blocked (no permission, not a secure context): fall through.
  }
  return env.document ? copyBySelection(text, env.document) : false;
}
