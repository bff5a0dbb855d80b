// WCAG 2.2.1: warn two minutes before the session ends and offer to extend it. Any request the
// page makes (autosave) renews the session too and announces it with "portal:session-renewed".
(function () {
  "use strict";
  var root = document.querySelector("[data-session-timeout]");
  if (!root || typeof HTMLDialogElement !== "function") {
    return;
  }
  var dialog = root.querySelector("dialog");
  var form = dialog.querySelector("form");
  var expiring = dialog.querySelector("[data-session-expiring]");
  var expired = dialog.querySelector("[data-session-expired]");
  var warnBefore = parseInt(root.getAttribute("data-warn-before"), 10) || 120;
  var timers = [];

  function schedule(seconds) {
    timers.forEach(clearTimeout);
    timers = [
      setTimeout(warn, Math.max(0, seconds - warnBefore) * 1000),
      // A few seconds early: the page saves what is typed while the session still exists.
      setTimeout(ending, Math.max(0, seconds - 5) * 1000),
      setTimeout(end, seconds * 1000),
    ];
  }

  function open() {
    if (!dialog.open) {
      dialog.showModal();
    }
  }

  function warn() {
    expiring.hidden = false;
    expired.hidden = true;
    open();
  }

  function ending() {
    document.dispatchEvent(new CustomEvent("portal:session-ending"));
  }

  function end() {
    expiring.hidden = true;
    expired.hidden = false;
    open();
    dialog.querySelector("[data-session-close]").focus();
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        return response.ok ? response.json() : Promise.reject(response);
      })
      .then(function (data) {
        dialog.close();
        schedule(data.expires_in);
      })
      .catch(function () {
        form.submit();
      });
  });
  dialog.querySelector("[data-session-close]").addEventListener("click", function () {
    dialog.close();
  });
  document.addEventListener("portal:session-renewed", function () {
    if (!expired.hidden) {
      return;
    }
    schedule(parseInt(root.getAttribute("data-seconds"), 10));
  });

  root.hidden = false;
  schedule(parseInt(root.getAttribute("data-seconds"), 10));
})();
