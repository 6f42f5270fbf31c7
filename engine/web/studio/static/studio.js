// Plainsight studio: progressive enhancement only; every page works without this file.
"use strict";
(function () {
  function csrf(form) { var f = form.querySelector("input[name=csrf]"); return f ? f.value : ""; }

  // Live preview of a copy template while it is edited.
  var form = document.getElementById("template-form");
  if (form) {
    var source = document.getElementById("source");
    var region = document.getElementById("template-check-region");
    var timer = null;
    source.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var body = new FormData();
        body.append("source", source.value);
        body.append("fragment", "1");
        body.append("csrf", csrf(form));
        fetch(form.dataset.checkUrl, {method: "POST", body: body, credentials: "same-origin",
                                      headers: {"Accept": "text/html"}})
          .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
          .then(function (html) { region.innerHTML = html; })
          .catch(function () {});
      }, 350);
    });
  }

  // Upload progress for an import.
  var upload = document.getElementById("import-form");
  if (upload && window.XMLHttpRequest) {
    upload.addEventListener("submit", function (event) {
      event.preventDefault();
      var bar = document.getElementById(upload.dataset.progress);
      bar.hidden = false;
      var xhr = new XMLHttpRequest();
      xhr.open("POST", upload.action);
      xhr.setRequestHeader("Accept", "text/html");
      xhr.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); }
      });
      xhr.addEventListener("load", function () {
        if (xhr.responseURL && xhr.status < 400) { window.location.assign(xhr.responseURL); }
        else { document.open(); document.write(xhr.responseText); document.close(); }
      });
      xhr.send(new FormData(upload));
    });
  }

  // Import job progress without reloading the page.
  var job = document.getElementById("import-job");
  if (job && job.dataset.status === "running") {
    var meta = document.querySelector("meta[http-equiv=refresh]");
    if (meta) { meta.remove(); }
    var poll = function () {
      fetch(job.dataset.statusUrl, {credentials: "same-origin", headers: {"Accept": "application/json"}})
        .then(function (r) { return r.json(); })
        .then(function (data) {
          document.getElementById("import-progress").value = data.percent;
          document.getElementById("import-done").textContent = data.done;
          if (data.status === "running") { setTimeout(poll, 500); } else { window.location.reload(); }
        })
        .catch(function () { setTimeout(poll, 2000); });
    };
    setTimeout(poll, 300);
  }

  // A copy button beside each snippet of a slot. Without this file the snippets are still
  // selectable text; the labels come from the page (data-copy, data-copied), in its language.
  var snippets = document.getElementById("snippets");
  if (snippets) {
    Array.prototype.forEach.call(snippets.querySelectorAll("textarea"), function (area) {
      var button = document.createElement("button");
      var said = document.createElement("span");
      button.type = "button";
      button.className = "secondary copy";
      button.id = area.id + "-copy";
      button.textContent = snippets.dataset.copy;
      said.setAttribute("role", "status");
      said.className = "muted";
      var copied = function () {
        said.textContent = snippets.dataset.copied;
        setTimeout(function () { said.textContent = ""; }, 3000);
      };
      var select = function () {  // older browsers, or no clipboard access: select it for Ctrl+C
        area.focus();
        area.select();
        try { if (document.execCommand("copy")) { copied(); } } catch (e) { /* left selected */ }
      };
      button.addEventListener("click", function () {
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(area.value).then(copied, select);
        } else { select(); }
      });
      area.insertAdjacentElement("afterend", said);
      area.insertAdjacentElement("afterend", button);
    });
  }
})();
