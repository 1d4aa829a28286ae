/** The bytes of a base64 data: URL (the bundled sample), without fetch, so that it also works from disk. */
export function bytesOfDataUrl(url: string): Uint8Array {
  const comma = url.indexOf(",");
  if (!url.startsWith("data:") || comma < 0 || !/;base64$/i.test(url.slice(0, comma))) throw new Error("not a base64 data: URL");
  const binary = atob(url.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
