// Overview charts, drawn by the vendored Chart.js from the JSON the server put in #overview-data.
(function () {
  "use strict";
  if (document.getElementById("overview-pending")) {
    window.setTimeout(function () { window.location.reload(); }, 3000);
    return;
  }
  var holder = document.getElementById("overview-data");
  if (!holder || typeof Chart === "undefined") { return; }
  var data = JSON.parse(holder.textContent);
  var palette = ["#1f4e79", "#c62828", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#827717", "#ad1457"];

  var seriesCanvas = document.getElementById("series-chart");
  if (seriesCanvas && data.series.periods.length) {
    var datasets = data.series.types.map(function (type, i) {
      return { label: type, data: data.series.counts[type], backgroundColor: data.colours[type] || palette[i % palette.length],
               borderWidth: 0, stack: "events" };
    });
    // Types share the quad colours; vary the shade so stacked types stay apart.
    datasets.forEach(function (ds, i) { ds.backgroundColor = shade(ds.backgroundColor, (i % 4) * 0.18); });
    window.cablegramSeriesChart = new Chart(seriesCanvas, {
      type: "bar",
      data: { labels: data.series.periods, datasets: datasets },
      options: { animation: false, maintainAspectRatio: false, responsive: true,
                 scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
                 plugins: { legend: { position: "bottom" } } }
    });
  }

  var ledgerCanvas = document.getElementById("ledger-chart");
  if (ledgerCanvas && data.ledger.months.length) {
    var sets = [];
    data.ledger.donors.forEach(function (donor, i) {
      var colour = palette[i % palette.length];
      var name = data.ledger.names[donor] || donor;
      sets.push({ label: name + " · pledged", data: data.ledger.pledged[donor], backgroundColor: shade(colour, 0.55),
                  borderColor: colour, borderWidth: 1, stack: "pledged" });
      sets.push({ label: name + " · delivered", data: data.ledger.delivered[donor], backgroundColor: colour,
                  stack: "delivered" });
    });
    window.cablegramLedgerChart = new Chart(ledgerCanvas, {
      type: "bar",
      data: { labels: data.ledger.months, datasets: sets },
      options: { animation: false, maintainAspectRatio: false, responsive: true,
                 scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true,
                   title: { display: true, text: "USD" } } },
                 plugins: { legend: { position: "bottom" } } }
    });
  }

  // Mix a #rrggbb colour with white by `amount` (0-1).
  function shade(hex, amount) {
    var n = parseInt(hex.slice(1), 16);
    var mix = function (c) { return Math.round(c + (255 - c) * amount); };
    var r = mix(n >> 16 & 255), g = mix(n >> 8 & 255), b = mix(n & 255);
    return "rgb(" + r + "," + g + "," + b + ")";
  }
})();
