/*
 * The page guard, inlined at the top of every page by the build (src/pageGuard/index.js): plain ES5, so that it runs
 * on every engine a host may open the page in. The build puts right after it a one-line probe written in the syntax
 * the page's bundles need (`selfevalGuard.ok = …`); an engine that cannot parse the probe cannot parse the bundles
 * either, and once the page has loaded the guard says, in Chinese and English, what to use instead.
 * On a ribbon's function file (no UI of its own) it answers each ribbon function by opening the pane page in a
 * dialog, where the same guard shows the message, and tells Office the command is done.
 */
(function (window, document, options) {
  var guard = { ok: false };
  window.selfevalGuard = guard;

  function paragraph(text, lang) {
    var p = document.createElement("p");
    p.setAttribute("lang", lang);
    p.appendChild(document.createTextNode(text));
    p.style.margin = "0 0 8px";
    return p;
  }

  function sibling(file) {
    return String(window.location.href)
      .replace(/[?#].*$/, "")
      .replace(/[^\/]*$/, file);
  }

  function showMessage() {
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.style.cssText =
      "margin:12px;padding:12px;border:1px solid #d13438;background:#fdf3f4;color:#242424;" +
      "font:14px/1.5 'Microsoft YaHei UI','Segoe UI',sans-serif";
    box.appendChild(paragraph(options.message.zh, "zh-CN"));
    box.appendChild(paragraph(options.message.en, "en"));
    if (options.workbench) box.appendChild(paragraph(sibling(options.workbench), "en"));
    var body = document.body;
    while (body.firstChild) body.removeChild(body.firstChild);
    body.appendChild(box);
  }

  function answerRibbon() {
    var Office = window.Office;
    var i;
    function answer(event) {
      try {
        Office.context.ui.displayDialogAsync(sibling(options.dialog), { height: 40, width: 30, displayInIframe: true });
      } catch (e) {
        // No dialog: the command still has to tell Office it is done.
      }
      if (event && event.completed) event.completed();
    }
    // Office finds a ribbon function on window by its manifest name before it looks at Office.actions.
    for (i = 0; i < options.functions.length; i++) window[options.functions[i]] = answer;
    if (Office && Office.onReady) Office.onReady(function () {});
  }

  function verdict() {
    if (guard.ok) return;
    if (options.functions) answerRibbon();
    else showMessage();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", verdict);
  else verdict();
});
