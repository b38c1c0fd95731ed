// Forbruk: draws the chart from the numbers the server put in the page (the table under it
// shows the same numbers and works without JavaScript). No inline script: CSP-friendly.
// The chart's texts and the number format's locale come from the page (d.texts, d.locale), in the
// page's language: this file has no visible text of its own.
(function () {
  'use strict';
  var data = document.getElementById('forbruk-data');
  var canvas = document.getElementById('forbruk-diagram');
  if (!data || !canvas || typeof Chart === 'undefined') { return; }
  var d = JSON.parse(data.textContent);
  var numbers = new Intl.NumberFormat(d.locale, { maximumFractionDigits: 3 });
  var cost = d.cost; // the kr view: bars of kr, the spot price as a line on a second axis

  var datasets = [{
    type: 'bar',
    label: cost ? cost.series : d.texts.series,
    data: cost ? cost.values : d.values,
    backgroundColor: d.flagged.map(function (f) { return f ? '#b35c00' : '#0b3d6e'; }),
    order: 2
  }];
  if (cost) {
    datasets.push({
      type: 'line', label: cost.price, data: cost.prices, yAxisID: 'price',
      borderColor: '#c0392b', backgroundColor: '#c0392b', pointRadius: 2, borderWidth: 2, order: 1, stepped: 'middle'
    });
  }
  if (d.peaks && !cost) {
    datasets.push({
      type: 'line', label: d.texts.peakHour, data: d.peaks,
      borderColor: '#c0392b', backgroundColor: '#c0392b', pointRadius: 3, borderWidth: 2, order: 1
    });
  }
  if (!cost && d.lastYear.some(function (x) { return x !== null; })) {
    datasets.push({
      type: 'line', label: d.texts.lastYear, data: d.lastYear,
      borderColor: '#6c757d', backgroundColor: '#6c757d', borderDash: [6, 4], pointRadius: 0, borderWidth: 2, order: 0
    });
  }

  canvas.closest('[data-chart]').hidden = false;
  new Chart(canvas, {
    data: { labels: d.labels, datasets: datasets },
    options: {
      locale: d.locale,
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: cost
        ? {
          y: { beginAtZero: true, title: { display: true, text: cost.unit } },
          price: { position: 'right', grid: { drawOnChartArea: false }, title: { display: true, text: cost.priceUnit } }
        }
        : { y: { beginAtZero: true, title: { display: true, text: d.unit } } },
      plugins: {
        tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + numbers.format(c.parsed.y); } } }
      }
    }
  });
})();
