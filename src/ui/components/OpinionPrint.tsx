import { useEffect, useMemo } from "react";
import { createPortal } from "react-dom";
import type { Report } from "../../engine";
import type { Reviews } from "../../app/review/decision";
import type { FormFacts } from "../../app/review/formFacts";
import { opinionPages, type OpinionPage } from "../../app/review/opinion";
import { useStrings } from "../i18n";

export const PRINT_ROOT_CLASS = "selfeval-opinion-print";

/**
 * While the print view is open, printing shows it alone: every other child of the body is hidden, and each form's
 * page starts on a new sheet of paper. On screen it covers the window until closed.
 */
const PRINT_CSS = `
.${PRINT_ROOT_CLASS} { position: fixed; inset: 0; overflow: auto; background: #fff; color: #000; z-index: 1000000; padding: 12px; }
.${PRINT_ROOT_CLASS} table { border-collapse: collapse; width: 100%; }
.${PRINT_ROOT_CLASS} th, .${PRINT_ROOT_CLASS} td { border: 1px solid #000; padding: 2px 4px; text-align: start; vertical-align: top; }
.${PRINT_ROOT_CLASS} dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; margin: 8px 0; }
.${PRINT_ROOT_CLASS} dd { margin: 0; }
@media print {
  body > *:not(.${PRINT_ROOT_CLASS}) { display: none !important; }
  .${PRINT_ROOT_CLASS} { position: static; overflow: visible; padding: 0; }
  .${PRINT_ROOT_CLASS} [data-print="no"] { display: none !important; }
  .${PRINT_ROOT_CLASS} article { break-after: page; page-break-after: always; }
  .${PRINT_ROOT_CLASS} article:last-child { break-after: auto; page-break-after: auto; }
}`;

/**
 * The 审核意见 pages for the shown report: the forms' decisions and notes, and only the findings still open; the units
 * from `facts` (index-aligned with the report's tables), blank without them.
 */
export function opinionPagesFor(
  report: Report,
  reviews: Reviews,
  lang: "zh" | "en",
  date: Date,
  facts: readonly FormFacts[] | null = null,
): OpinionPage[] {
  return opinionPages(report, { file: report.file ?? "", lang, date, reviews, facts: facts ?? undefined });
}

function Page({ page }: { page: OpinionPage }) {
  return (
    <article data-testid="opinion-page">
      <h1 style={{ fontSize: "1.3em", textAlign: "center" }}>{page.title}</h1>
      <dl>
        {page.fields.map((f, i) => (
          <div key={i} style={{ display: "contents" }}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <h2 style={{ fontSize: "1.1em" }}>{page.findingsHeading}</h2>
      {page.noFindings ? (
        <p>{page.noFindings}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {page.findingsHeader.map((h) => (
                <th key={h}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.findings.map((f) => (
              <tr key={f.no}>
                <td>{f.no}</td>
                <td>{f.place}</td>
                <td>{f.kind}</td>
                <td>{f.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.decided && <p>{page.decided}</p>}
      <h2 style={{ fontSize: "1.1em" }}>{page.notesLabel}</h2>
      <p style={{ whiteSpace: "pre-wrap", minHeight: page.notes ? undefined : "4em" }}>{page.notes}</p>
      <p>{page.decisionLine}</p>
      <p>{page.signatureLine}</p>
    </article>
  );
}

/** 打印审核意见: the opinion pages over the whole window, printed at once (window.print) and kept until closed. */
export function OpinionPrint(props: { report: Report; reviews: Reviews; facts?: readonly FormFacts[] | null; onClose(): void }) {
  const { report, reviews, facts = null, onClose } = props;
  const { t, lang } = useStrings();
  const pages = useMemo(() => opinionPagesFor(report, reviews, lang, new Date(), facts), [report, reviews, lang, facts]);
  useEffect(() => {
    // Printing where a host's browser cannot (no window.print) still leaves the view to read or print by hand.
    if (typeof window.print === "function") {
      try {
        window.print();
      } catch {
        // jsdom and some embedded browsers throw: the view stays.
      }
    }
  }, []);
  return createPortal(
    <div className={PRINT_ROOT_CLASS} lang={lang === "zh" ? "zh-CN" : "en"} role="region" aria-label={t.review.opinionHeading}>
      <style>{PRINT_CSS}</style>
      <div data-print="no" style={{ display: "flex", gap: 8, alignItems: "center", marginBottom: 8 }}>
        {/* Plain buttons: the view is portalled out of the FluentProvider, whose theme variables do not reach it. */}
        <button type="button" onClick={() => window.print?.()}>
          {t.review.printOpinion}
        </button>
        <button type="button" onClick={onClose}>
          {t.review.closePrint}
        </button>
        <span>{t.review.printHint}</span>
      </div>
      {pages.map((p, i) => (
        <Page key={i} page={p} />
      ))}
    </div>,
    document.body,
  );
}
