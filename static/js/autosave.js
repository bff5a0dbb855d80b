// Save as you go: what is typed in a step is kept in the draft a moment after each change,
// just before the session ends, and before the language switcher leaves the page. Without
// JavaScript the step is saved by its own buttons.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch) {
    return;
  }
  var url = form.getAttribute("data-autosave");
  var pending = null;

  function keep(ending) {
    clearTimeout(pending);
    var data = new FormData(form);
    if (ending === true) {
      // The last save of an idle session also ends it, as its time is up.
      data.append("end_session", "1");
    }
    return fetch(url, { method: "POST", body: data, credentials: "same-origin" }).then(
      function (response) {
        if (response.ok && ending !== true) {
          document.dispatchEvent(new CustomEvent("portal:session-renewed"));
        }
        return response;
      }
    );
  }

  function later() {
    clearTimeout(pending);
    pending = setTimeout(function () {
      keep(false);
    }, 1500);
  }

  // The step's own buttons save it: a save still waiting would only repeat it later.
  form.addEventListener("submit", function () {
    clearTimeout(pending);
  });
  form.addEventListener("input", later);
  form.addEventListener("change", later);
  document.addEventListener("portal:session-ending", function () {
    keep(true);
  });

  // The language switcher keeps the work: save the step, then follow the link.
  // The switcher's links are the ones that name their language (hreflang).
  document.querySelectorAll("a[href][hreflang]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
        return;
      }
      event.preventDefault();
      var go = function () {
        window.location.assign(link.href);
      };
      keep(false).then(go, go);
    });
  });
})();
