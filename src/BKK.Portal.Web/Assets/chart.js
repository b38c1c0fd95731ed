// The Chart.js the portal ships: only the parts the Forbruk chart uses (bars and lines on category and linear
// scales, with tooltip and legend), bundled by `npm run vendor` into wwwroot/lib/chart.js/chart.min.js as the
// global `Chart` that wwwroot/js/forbruk.js draws with. The full UMD build is 210 KB; this is a fraction of it.
import {
  Chart, BarController, LineController, BarElement, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend,
} from 'chart.js';

Chart.register(BarController, LineController, BarElement, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);
window.Chart = Chart;
