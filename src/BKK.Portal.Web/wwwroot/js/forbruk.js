// Forbruk: draws the chart from the numbers the server put in the page (the table under it
// shows the same numbers and works without JavaScript). No inline script: CSP-friendly.
(function () {
  'use strict';
  var data = document.getElementById('forbruk-data');
  var canvas = document.getElementById('forbruk-diagram');
  if (!data || !canvas || typeof Chart === 'undefined') { return; }
  var d = JSON.parse(data.textContent);
  var nb = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 3 });

  var datasets = [{
    type: 'bar',
    label: d.series + ' (kWh)',
    data: d.values,
    backgroundColor: d.flagged.map(function (f) { return f ? '#b35c00' : '#0b3d6e'; }),
    order: 2
  }];
  if (d.peaks) {
    datasets.push({
      type: 'line', label: 'Høyeste time i døgnet (kWh)', data: d.peaks,
      borderColor: '#c0392b', backgroundColor: '#c0392b', pointRadius: 3, borderWidth: 2, order: 1
    });
  }
  if (d.lastYear.some(function (x) { return x !== null; })) {
    datasets.push({
      type: 'line', label: 'I fjor (kWh)', data: d.lastYear,
      borderColor: '#6c757d', backgroundColor: '#6c757d', borderDash: [6, 4], pointRadius: 0, borderWidth: 2, order: 0
    });
  }

  canvas.closest('[data-chart]').hidden = false;
  new Chart(canvas, {
    data: { labels: d.labels, datasets: datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { y: { beginAtZero: true, title: { display: true, text: 'kWh' } } },
      plugins: {
        tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + nb.format(c.parsed.y); } } }
      }
    }
  });
})();
