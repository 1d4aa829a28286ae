/** How long a download's blob: URL lives: revoking at once can cancel the download in some browsers. */
export const REVOKE_DELAY_MS = 10_000;

/**
 * Offers text or bytes as a file download through a blob: link (nothing leaves the machine). Returns false when the
 * environment cannot download (no Blob URLs).
 */
export function download(content: string | ArrayBuffer, fileName: string, mime: string): boolean {
  if (typeof URL === "undefined" || typeof URL.createObjectURL !== "function") return false;
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
  return true;
}

/** Text as a UTF-8 file (the report as CSV). */
export const downloadText = (text: string, fileName: string, mime = "text/csv;charset=utf-8") => download(text, fileName, mime);
