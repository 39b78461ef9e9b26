// Copy-citation control: builds "Title. Site. URL (accessed YYYY-MM-DD)." from the page itself.
(function () {
  function citationFor(button) {
    var span = button.parentNode.querySelector(".citation-text");
    var url = window.location.href;
    var target = button.getAttribute("data-anchor");
    if (target) { url = url.split("#")[0] + "#" + target; }
    var today = new Date().toISOString().slice(0, 10);
    return span.getAttribute("data-title") + ". " + span.getAttribute("data-site") + ". " + url + " (accessed " + today + ").";
  }
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) { return navigator.clipboard.writeText(text); }
    var area = document.createElement("textarea");
    area.value = text; document.body.appendChild(area); area.select();
    try { document.execCommand("copy"); } finally { document.body.removeChild(area); }
    return Promise.resolve();
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".copy-citation") : null;
    if (!button) { return; }
    var text = citationFor(button);
    button.setAttribute("data-citation", text);
    copy(text).then(function () { button.setAttribute("data-copied", ""); button.textContent = "Copied"; });
  });
})();
