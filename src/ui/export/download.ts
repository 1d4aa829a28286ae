/** Offers text as a file download (UTF-8). Returns false when the environment cannot download (no Blob URLs). */
export function downloadText(text: string, fileName: string, mime = "text/csv;charset=utf-8"): boolean {
  if (typeof URL === "undefined" || typeof URL.createObjectURL !== "function") return false;
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking at once can cancel the download in some browsers; a tick later is safe.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return true;
}
