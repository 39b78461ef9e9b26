// Citations: the visible line under each page and the copy controls, built from the page itself.
(function () {
  // The site name comes from the page-level citation; the URL from the address bar.
  function citationFor(button) {
    var page = document.querySelector(".citation-text");
    var site = page ? page.getAttribute("data-site") : document.title;
    var title = page ? page.getAttribute("data-title") : document.title;
    var origin = page ? page.getAttribute("data-origin") : "";
    var url = window.location.href.split("#")[0];
    var target = button.getAttribute("data-anchor");
    if (target) { url = url + "#" + target; }
    var quote = button.getAttribute("data-quote");
    if (quote !== null) {
      // The whole quotation, last, so that what is pasted into a memo ends with the speaker's own words.
      var sources = button.getAttribute("data-label");
      return button.getAttribute("data-speaker") + (sources ? ", as reported by " + sources : "") + ". " +
        site + " (briefing): " + url + built() + ":\n\u201c" + quote + "\u201d";
    }
    if (target) { title = button.getAttribute("data-label") || title; origin = ""; }
    var head = title ? title + (origin ? " (" + origin + ")" : "") + ". " : "";
    return head + site + " (briefing). " + url + built() + ".";
  }
  function built() {
    var date = window.BRIEFING_BUILD && window.BRIEFING_BUILD.date;
    return date ? " (briefing built " + date + ")" : "";
  }
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) { return navigator.clipboard.writeText(text); }
    var area = document.createElement("textarea");
    area.value = text; document.body.appendChild(area); area.select();
    try { document.execCommand("copy"); } finally { document.body.removeChild(area); }
    return Promise.resolve();
  }
  // The visible citation line gets the page's own URL and the build date.
  document.querySelectorAll(".citation-text").forEach(function (span) {
    var url = span.querySelector(".citation-url");
    var date = span.querySelector(".citation-built");
    if (url) { url.textContent = window.location.href.split("#")[0]; }
    if (date) { date.textContent = built(); }
  });
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".copy-citation") : null;
    if (!button) { return; }
    var text = citationFor(button);
    button.setAttribute("data-citation", text);
    copy(text).then(function () { button.setAttribute("data-copied", ""); button.textContent = "Copied"; });
  });
})();

