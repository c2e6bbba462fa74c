// cablegram dashboard: small progressive enhancements; every page works without this script.
(function () {
  "use strict";
  // Filter drop-downs apply as soon as they change.
  document.querySelectorAll("select[data-autosubmit]").forEach(function (sel) {
    sel.addEventListener("change", function () { if (sel.form) { sel.form.submit(); } });
  });
  // Network legend: toggle the edges of one event type.
  document.querySelectorAll(".edge-toggle").forEach(function (btn) {
    btn.addEventListener("click", function () {
      var type = btn.getAttribute("data-type");
      var off = btn.classList.toggle("off");
      document.querySelectorAll("#network-svg .edge").forEach(function (edge) {
        if (edge.getAttribute("data-type") === type) { edge.classList.toggle("hidden", off); }
      });
    });
  });
  // Article trace: hovering a sentence highlights its primary-source match.
  document.querySelectorAll(".trow").forEach(function (row) {
    row.addEventListener("mouseenter", function () { row.classList.add("focus"); });
    row.addEventListener("mouseleave", function () { row.classList.remove("focus"); });
  });
})();
