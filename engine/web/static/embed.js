/* Plainsight embed: puts the ad iframe in each <div data-plainsight-slot> and tells it what this
   page is about (title, description, language). No cookies, no storage, no fingerprinting: only
   what the page shows to everyone. Without JavaScript the <noscript> iframe shows the ad. */
(function () {
  var script = document.currentScript;
  if (!script) { return; }
  var base = script.src.replace(/\/embed\.js(\?.*)?$/, "");
  var meta = document.querySelector('meta[name="description"]');
  var params = "title=" + encodeURIComponent(document.title.slice(0, 300)) +
    "&desc=" + encodeURIComponent(meta ? (meta.getAttribute("content") || "").slice(0, 1000) : "") +
    "&lang=" + encodeURIComponent((document.documentElement.lang || "").slice(0, 5)) +
    /* one random nonce per page load, so this page's slots show different vacancies */
    "&pv=" + (Math.random().toString(36) + Math.random().toString(36)).replace(/0\./g, "").slice(0, 20);
  var slots = document.querySelectorAll("div[data-plainsight-slot]");
  for (var i = 0; i < slots.length; i++) {
    var box = slots[i];
    if (box.querySelector("iframe")) { continue; }
    var frame = document.createElement("iframe");
    frame.src = base + "/embed/" + encodeURIComponent(box.getAttribute("data-plainsight-slot")) + "?" + params;
    frame.title = box.getAttribute("data-title") || "Vacature";
    frame.width = box.getAttribute("data-width") || "300";
    frame.height = box.getAttribute("data-height") || "250";
    frame.style.border = "0";
    frame.style.maxWidth = "100%";
    frame.setAttribute("sandbox", "allow-popups allow-popups-to-escape-sandbox");
    frame.setAttribute("referrerpolicy", "strict-origin"); /* the site's origin, never the page: counts toward the slot */
    frame.setAttribute("loading", "lazy");
    box.appendChild(frame);
  }
})();
