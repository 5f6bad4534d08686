// If the app cannot start (old browser, blocked WebAssembly, a failed download), say so
// instead of leaving "Loading…" on screen. Runs before the app; plain text only.
(function () {
  "use strict";
  function explain(reason) {
    var boot = document.getElementById("boot");
    if (!boot) return; // The app started and removed the loading message.
    boot.setAttribute("role", "alert");
    boot.className = "boot boot-failed";
    boot.textContent =
      "Portolan could not start in this browser (" + reason + "). " +
      "It needs a recent browser with WebAssembly enabled. Try reloading the page.";
  }
  window.addEventListener("error", function (e) {
    explain(e && e.message ? e.message : "a script failed to load");
  });
  window.addEventListener("unhandledrejection", function (e) {
    explain(e && e.reason ? String(e.reason) : "start-up failed");
  });
  if (typeof WebAssembly !== "object") explain("WebAssembly is not available");
  // Keep a copy of the app on this device, so it opens without a network next time.
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("./sw.js").catch(function () {
      // No offline copy (private window, or the browser refuses): the app works online as before.
    });
  }
})();
