/**
 * A function of a cell's text, computed once per distinct text: a workbook repeats its labels, headers and values form
 * after form. Texts longer than `longest` are not kept; the cache is dropped whole once it holds `limit` texts, so its
 * memory stays bounded however many workbooks are checked.
 */
export function perText<R extends object | string | number | boolean | null>(
  fn: (text: string) => R,
  longest = 200,
  limit = 50_000,
): (text: string) => R {
  let cache = new Map<string, R>();
  return (text) => {
    if (text.length > longest) return fn(text);
    let result = cache.get(text);
    if (result === undefined) {
      result = fn(text);
      if (cache.size >= limit) cache = new Map();
      cache.set(text, result);
    }
    return result;
  };
}
