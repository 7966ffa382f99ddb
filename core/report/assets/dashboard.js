/* Plateau dashboard: draws the report's charts from the JSON blob in #plateau-data.
 * Uses Chart.js when the page embeds it (read from the system at generation time), otherwise a small
 * built-in SVG renderer, so the report never breaks. No network access of any kind; every text taken from
 * the data goes through textContent / setAttribute, never innerHTML. */
(function () {
  'use strict';

  var SVG_NS = 'http://www.w3.org/2000/svg'; // an XML namespace name, not a resource that is fetched
  var data = JSON.parse(document.getElementById('plateau-data').textContent);
  var useChartJs = data.renderer === 'chartjs' && typeof window.Chart === 'function';
  var palette = ['#2563eb', '#dc2626', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#db2777', '#65a30d',
                 '#475569', '#ea580c', '#0d9488', '#9333ea'];
  var cfgs = data.configs;
  var rendered = 0;

  document.body.dataset.renderer = useChartJs ? 'chartjs' : 'svg';
  if (data.renderer === 'chartjs' && !useChartJs) {
    note('Chart.js did not load; the built-in SVG charts are shown instead.');
  }

  function note(text) {
    var box = document.getElementById('renderer-note');
    if (box) { box.textContent = text; box.hidden = false; }
  }
  function color(i) { return palette[i % palette.length]; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function finite(v) { return typeof v === 'number' && isFinite(v); }
  function fmt(v) {
    if (!finite(v)) return '–';
    var a = Math.abs(v);
    return a >= 100 ? v.toFixed(0) : a >= 10 ? v.toFixed(1) : v.toFixed(2);
  }

  /* ---------- peak and knee labels ---------- */

  // Each label goes just above its marker unless that place is taken (by another label or a marker);
  // then below, then further up or down, then beside. Both renderers place labels with this one function
  // and record the result on the chart's box (data-marker-labels: "x,y,w,h,text;..."), so a test can see
  // that no two labels share a place.
  var LABEL_H = 15;
  function labelWidth(text) { return text.length * 6.4 + 10; }
  function overlaps(a, b) { return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h; }
  function placeLabels(items, bounds) {
    var taken = items.map(function (it) { return { x: it.x - 10, y: it.y - 10, w: 20, h: 20 }; });
    var offsets = [-21, 23, -38, 40, -55, 57, -72, 74, -89, 91];
    var placed = [];
    items.forEach(function (it) {
      var w = labelWidth(it.text), h = LABEL_H, best = null, first = null;
      [0, 1, -1].forEach(function (side) {
        offsets.forEach(function (dy) {
          if (best) return;
          var cx = it.x + side * (w / 2 + 14);
          cx = Math.min(Math.max(cx, bounds.l + w / 2), bounds.r - w / 2);
          var cy = it.y + (side ? dy - Math.sign(dy) * 12 : dy);
          if (cy - h / 2 < bounds.t || cy + h / 2 > bounds.b) return;
          var box = { x: cx - w / 2, y: cy - h / 2, w: w, h: h };
          if (!first) first = { cx: cx, cy: cy, box: box };
          if (!taken.some(function (t) { return overlaps(t, box); })) best = { cx: cx, cy: cy, box: box };
        });
      });
      best = best || first || { cx: it.x, cy: it.y - 21, box: { x: it.x - w / 2, y: it.y - 21 - h / 2, w: w, h: h } };
      taken.push(best.box);
      placed.push({ text: it.text, color: it.color, x: it.x, y: it.y, cx: best.cx, cy: best.cy, box: best.box });
    });
    return placed;
  }
  function recordLabels(box, placed) {
    box.dataset.markerLabels = placed.map(function (p) {
      return [p.box.x, p.box.y, p.box.w, p.box.h].map(function (v) { return v.toFixed(1); }).join(',') + ',' + p.text;
    }).join(';');
  }

  /* ---------- Chart.js ---------- */

  function cjsCanvas(box) {
    var c = document.createElement('canvas');
    box.appendChild(c);
    return c.getContext('2d');
  }

  function cjsBar(box, spec) {
    var chart = new window.Chart(cjsCanvas(box), {
      type: 'bar',
      data: {
        labels: spec.categories,
        datasets: spec.datasets.map(function (d) {
          return { label: d.label, data: d.values, backgroundColor: d.color, borderColor: d.color };
        })
      },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        scales: {
          x: { stacked: !!spec.stacked },
          y: { stacked: !!spec.stacked, beginAtZero: true, title: { display: true, text: spec.yTitle } }
        },
        plugins: { legend: { position: 'bottom' } }
      }
    });
    return function () { chart.destroy(); };
  }

  function cjsLine(box, spec) {
    var sets = spec.series.map(function (s) {
      if (s.marker) {
        var both = s.marker === 'peak_knee';
        return { type: 'scatter', label: s.label, data: s.points, marker: true, markerText: s.text,
                 pointStyle: s.marker === 'knee' ? 'triangle' : 'star', pointRadius: both ? 12 : 9,
                 pointHoverRadius: both ? 14 : 11, borderWidth: both ? 3 : 2, borderColor: s.color,
                 backgroundColor: both ? '#fff' : s.color };
      }
      return { type: 'line', label: s.label, data: s.points, borderColor: s.color, backgroundColor: s.color,
               borderDash: s.dashed ? [6, 4] : [], borderWidth: spec.dense ? 1.5 : 2,
               pointRadius: spec.dense ? 0 : 2.5, tension: 0, fill: false };
    });
    var labels = {
      id: 'plateauMarkerLabels',
      afterDatasetsDraw: function (chart) {
        var items = [], a = chart.chartArea, ctx = chart.ctx;
        chart.data.datasets.forEach(function (d, di) {
          if (!d.marker || !chart.isDatasetVisible(di)) return;
          d.data.forEach(function (p) {
            items.push({ x: chart.scales.x.getPixelForValue(p.x), y: chart.scales.y.getPixelForValue(p.y),
                         text: d.markerText, color: d.borderColor });
          });
        });
        // The top padding (layout.padding.top) is space for a label above the highest marker.
        var placed = placeLabels(items, { l: a.left, r: a.right, t: a.top - 22, b: a.bottom });
        ctx.save();
        ctx.font = '11px system-ui, sans-serif';
        ctx.textAlign = 'center';
        ctx.textBaseline = 'middle';
        placed.forEach(function (p) {
          ctx.fillStyle = 'rgba(255,255,255,0.9)';
          ctx.fillRect(p.box.x, p.box.y, p.box.w, p.box.h);
          ctx.strokeStyle = p.color;
          ctx.lineWidth = 1;
          ctx.strokeRect(p.box.x, p.box.y, p.box.w, p.box.h);
          ctx.fillStyle = '#0f172a';
          ctx.fillText(p.text, p.cx, p.cy);
        });
        ctx.restore();
        recordLabels(box, placed);
      }
    };
    // Phase starts: a dashed vertical line and the phase's name at the top of the plot area.
    var phaseLines = {
      id: 'plateauPhaseLines',
      afterDatasetsDraw: function (chart) {
        if (!spec.phases || !spec.phases.length) return;
        var a = chart.chartArea, ctx = chart.ctx, marks = [];
        ctx.save();
        ctx.font = '11px system-ui, sans-serif';
        ctx.textBaseline = 'middle';
        spec.phases.forEach(function (ph) {
          var x = chart.scales.x.getPixelForValue(ph.start_s);
          if (!(x >= a.left - 0.5 && x <= a.right + 0.5)) return;
          ctx.strokeStyle = '#64748b';
          ctx.lineWidth = 1;
          ctx.setLineDash([5, 4]);
          ctx.beginPath();
          ctx.moveTo(x, a.top - 16);
          ctx.lineTo(x, a.bottom);
          ctx.stroke();
          ctx.setLineDash([]);
          ctx.fillStyle = '#334155';
          ctx.textAlign = 'left';
          ctx.fillText(ph.name, x + 4, a.top - 10);
          marks.push(x.toFixed(1) + ',' + ph.name);
        });
        ctx.restore();
        box.dataset.phaseMarks = marks.join(';');
      }
    };
    var chart = new window.Chart(cjsCanvas(box), {
      type: 'line',
      data: { datasets: sets },
      plugins: [labels, phaseLines],
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        layout: { padding: { top: 24 } },
        scales: {
          x: { type: 'linear', min: spec.xMin, max: spec.xMax, title: { display: true, text: spec.xTitle } },
          y: { beginAtZero: true, title: { display: true, text: spec.yTitle } }
        },
        plugins: {
          legend: {
            position: 'bottom',
            labels: { filter: function (item, d) { return !d.datasets[item.datasetIndex].marker; } }
          }
        }
      }
    });
    return function () { chart.destroy(); };
  }

  /* ---------- built-in SVG ---------- */

  var W = 640, H = 290, M = { l: 58, r: 14, t: 14, b: 46 };

  function svg(tag, attrs, parent) {
    var e = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (parent) parent.appendChild(e);
    return e;
  }
  function tip(node, text) { svg('title', {}, node).textContent = text; }
  function niceStep(range) {
    var raw = range / 5, p = Math.pow(10, Math.floor(Math.log10(raw))), m = raw / p;
    return (m < 1.5 ? 1 : m < 3 ? 2 : m < 7 ? 5 : 10) * p;
  }
  function ticks(min, max) {
    if (!(max > min)) max = min + 1;
    var step = niceStep(max - min), out = [];
    var lo = Math.floor(min / step) * step, hi = Math.ceil(max / step) * step;
    for (var v = lo; v <= hi + step / 2; v += step) out.push(+v.toFixed(10));
    return { lo: lo, hi: hi, values: out };
  }
  function tickText(v) { return Math.abs(v) >= 10000 ? (v / 1000).toFixed(0) + 'k' : String(+v.toFixed(2)); }

  function frame(box, yt, yTitle, xTitle) {
    var root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, 'class': 'svg-chart', role: 'img' });
    var ph = H - M.t - M.b;
    yt.values.forEach(function (v) {
      var y = M.t + ph - (v - yt.lo) / (yt.hi - yt.lo) * ph;
      svg('line', { x1: M.l, x2: W - M.r, y1: y, y2: y, 'class': 'grid' }, root);
      svg('text', { x: M.l - 6, y: y + 4, 'text-anchor': 'end', 'class': 'tick' }, root).textContent = tickText(v);
    });
    svg('line', { x1: M.l, x2: M.l, y1: M.t, y2: H - M.b, 'class': 'axis' }, root);
    svg('line', { x1: M.l, x2: W - M.r, y1: H - M.b, y2: H - M.b, 'class': 'axis' }, root);
    var yl = svg('text', { x: 14, y: M.t + ph / 2, 'class': 'axis-title', 'text-anchor': 'middle',
                           transform: 'rotate(-90 14 ' + (M.t + ph / 2) + ')' }, root);
    yl.textContent = yTitle || '';
    if (xTitle) {
      svg('text', { x: M.l + (W - M.l - M.r) / 2, y: H - 6, 'class': 'axis-title', 'text-anchor': 'middle' },
          root).textContent = xTitle;
    }
    box.appendChild(root);
    return root;
  }

  function legend(box, items) {
    var l = el('div', 'legend');
    items.forEach(function (it) {
      var s = el('span', 'legend-item');
      var sw = el('i', 'swatch' + (it.dashed ? ' dashed' : ''));
      sw.style.borderColor = it.color;
      if (!it.dashed) sw.style.background = it.color;
      s.appendChild(sw);
      s.appendChild(document.createTextNode(it.label));
      l.appendChild(s);
    });
    box.appendChild(l);
  }

  function star(cx, cy, r) {
    var pts = [];
    for (var i = 0; i < 10; i++) {
      var a = Math.PI / 2 + i * Math.PI / 5, rr = i % 2 ? r / 2.3 : r;
      pts.push((cx + rr * Math.cos(a)).toFixed(1) + ',' + (cy - rr * Math.sin(a)).toFixed(1));
    }
    return pts.join(' ');
  }

  function svgLine(box, spec) {
    var xs = [], ys = [0];
    spec.series.forEach(function (s) { s.points.forEach(function (p) { xs.push(p.x); ys.push(p.y); }); });
    var xMin = finite(spec.xMin) ? spec.xMin : Math.min.apply(null, xs.concat([0]));
    var xMax = finite(spec.xMax) ? spec.xMax : Math.max.apply(null, xs.concat([1]));
    var xt = ticks(xMin, xMax), yt = ticks(0, Math.max.apply(null, ys) * 1.05 || 1);
    var root = frame(box, yt, spec.yTitle, spec.xTitle);
    var pw = W - M.l - M.r, ph = H - M.t - M.b;
    function X(x) { return M.l + (x - xt.lo) / (xt.hi - xt.lo) * pw; }
    function Y(y) { return M.t + ph - (y - yt.lo) / (yt.hi - yt.lo) * ph; }
    xt.values.forEach(function (v) {
      svg('text', { x: X(v), y: H - M.b + 16, 'text-anchor': 'middle', 'class': 'tick' }, root).textContent = tickText(v);
    });
    var xUnit = spec.xUnit || ' users', marks = [];
    (spec.phases || []).forEach(function (ph) {
      var x = X(ph.start_s);
      if (!(x >= M.l - 0.5 && x <= W - M.r + 0.5)) return;
      var g = svg('g', { 'class': 'phase-mark' }, root);
      svg('line', { x1: x, x2: x, y1: M.t, y2: H - M.b, stroke: '#64748b', 'stroke-width': 1,
                    'stroke-dasharray': '5 4' }, g);
      svg('text', { x: x + 4, y: M.t + 10, 'class': 'tick phase-name' }, g).textContent = ph.name;
      marks.push(x.toFixed(1) + ',' + ph.name);
    });
    box.dataset.phaseMarks = marks.join(';');
    var items = [];
    spec.series.forEach(function (s) {
      if (s.marker) {
        s.points.forEach(function (p) {
          var cx = X(p.x), cy = Y(p.y), node;
          if (s.marker === 'knee') {
            node = svg('polygon', { points: [cx, cy - 9, cx - 8, cy + 6, cx + 8, cy + 6].join(' '),
                                    fill: s.color, stroke: '#111', 'stroke-width': 0.6, 'class': 'marker knee' }, root);
          } else if (s.marker === 'peak_knee') { // one marker for both: a ringed star
            node = svg('g', { 'class': 'marker peak_knee' }, root);
            svg('circle', { cx: cx, cy: cy, r: 12, fill: '#fff', stroke: s.color, 'stroke-width': 2.5 }, node);
            svg('polygon', { points: star(cx, cy, 9), fill: s.color, stroke: '#111', 'stroke-width': 0.6 }, node);
          } else {
            node = svg('polygon', { points: star(cx, cy, 9), fill: s.color, stroke: '#111', 'stroke-width': 0.6,
                                    'class': 'marker peak' }, root);
          }
          tip(node, s.label + ': ' + p.x + ' users, ' + fmt(p.y));
          items.push({ x: cx, y: cy, text: s.text, color: s.color });
        });
        return;
      }
      if (!s.points.length) return;
      var d = s.points.map(function (p, i) { return (i ? 'L' : 'M') + X(p.x).toFixed(1) + ' ' + Y(p.y).toFixed(1); });
      svg('path', { d: d.join(' '), fill: 'none', stroke: s.color, 'stroke-width': 2,
                    'stroke-dasharray': s.dashed ? '6 4' : 'none' }, root);
      if (spec.dense) return; // hundreds of intervals: the line alone
      s.points.forEach(function (p) {
        tip(svg('circle', { cx: X(p.x), cy: Y(p.y), r: 2.6, fill: s.color }, root),
            s.label + ': ' + p.x + xUnit + ', ' + fmt(p.y));
      });
    });
    var placed = placeLabels(items, { l: M.l, r: W - M.r, t: 0, b: H - M.b });
    placed.forEach(function (p) {
      var g = svg('g', { 'class': 'marker-label' }, root);
      if (Math.abs(p.cy - p.y) > 25 || Math.abs(p.cx - p.x) > p.box.w / 2) {
        svg('line', { x1: p.x, y1: p.y, x2: p.cx, y2: p.cy > p.y ? p.box.y : p.box.y + p.box.h,
                      stroke: p.color, 'stroke-width': 0.8, 'stroke-dasharray': '2 2' }, g);
      }
      svg('rect', { x: p.box.x, y: p.box.y, width: p.box.w, height: p.box.h, rx: 3, fill: '#fff',
                    'fill-opacity': 0.9, stroke: p.color, 'stroke-width': 0.8 }, g);
      svg('text', { x: p.cx, y: p.cy + 4, 'text-anchor': 'middle', 'class': 'label-text' }, g).textContent = p.text;
    });
    recordLabels(box, placed);
    legend(box, spec.series.filter(function (s) { return !s.marker; }));
  }

  function svgBar(box, spec) {
    var n = spec.categories.length, ys = [0];
    spec.categories.forEach(function (_, i) {
      var stack = 0;
      spec.datasets.forEach(function (d) {
        var v = finite(d.values[i]) ? d.values[i] : 0;
        stack += v;
        ys.push(spec.stacked ? stack : v);
      });
    });
    var yt = ticks(0, Math.max.apply(null, ys) * 1.05 || 1);
    var root = frame(box, yt, spec.yTitle, '');
    var pw = W - M.l - M.r, ph = H - M.t - M.b, band = pw / Math.max(1, n);
    function Y(y) { return M.t + ph - (y - yt.lo) / (yt.hi - yt.lo) * ph; }
    spec.categories.forEach(function (cat, i) {
      var x0 = M.l + i * band + band * 0.1, inner = band * 0.8;
      var bw = spec.stacked ? inner : inner / Math.max(1, spec.datasets.length), base = 0;
      spec.datasets.forEach(function (d, k) {
        var v = finite(d.values[i]) ? d.values[i] : 0;
        var top = spec.stacked ? base + v : v, bottom = spec.stacked ? base : 0;
        var x = spec.stacked ? x0 : x0 + k * bw;
        var rect = svg('rect', { x: x, y: Y(top), width: Math.max(1, bw - 1), height: Math.max(0, Y(bottom) - Y(top)),
                                 fill: d.color }, root);
        tip(rect, cat + ' — ' + d.label + ': ' + fmt(v));
        base = top;
      });
      var label = cat.length > 22 ? cat.slice(0, 21) + '…' : cat;
      var cx = M.l + i * band + band / 2, ty = H - M.b + 14;
      var t = svg('text', n > 6 ? { x: cx, y: ty, 'text-anchor': 'end', 'class': 'tick',
                                    transform: 'rotate(-25 ' + cx + ' ' + ty + ')' }
                                : { x: cx, y: ty, 'text-anchor': 'middle', 'class': 'tick' }, root);
      t.textContent = label;
      tip(t, cat);
    });
    legend(box, spec.datasets);
  }

  /* ---------- charts of the page ---------- */

  function draw(box, spec) {
    box.textContent = '';
    if (useChartJs) return spec.kind === 'bar' ? cjsBar(box, spec) : cjsLine(box, spec);
    if (spec.kind === 'bar') svgBar(box, spec); else svgLine(box, spec);
    return function () {};
  }

  // Read by tests (headless Chromium --dump-dom): how many charts were drawn, also later ones (a chart
  // first shown by the layout toggle).
  function countRendered() {
    rendered++;
    document.body.dataset.chartsRendered = String(rendered);
  }

  function mount(id, spec) {
    var box = document.getElementById(id);
    if (!box) return null;
    var holder = { destroy: draw(box, spec) };
    countRendered();
    return holder;
  }

  function pick(fn) { return cfgs.map(fn); }
  var names = pick(function (c) { return c.name; });

  function barCharts() {
    mount('chart-qps-by-config', { kind: 'bar', categories: names, yTitle: 'requests / s', datasets: [
      { label: 'Mean QPS over the ramp', values: pick(function (c) { return c.mean_qps; }), color: palette[0] },
      { label: 'Peak QPS ok', values: pick(function (c) { return c.peak_qps_ok; }), color: palette[2] },
      { label: 'Peak QPS', values: pick(function (c) { return c.peak_qps; }), color: palette[8] }] });
    mount('chart-latency-by-config', { kind: 'bar', categories: names, yTitle: 'ms', datasets: [
      { label: 'Latency p50', values: pick(function (c) { return c.latency.p50; }), color: palette[0] },
      { label: 'Latency p95', values: pick(function (c) { return c.latency.p95; }), color: palette[3] }] });
    mount('chart-ttft-by-config', { kind: 'bar', categories: names, yTitle: 'ms', datasets: [
      { label: 'TTFT p50', values: pick(function (c) { return c.ttft.p50; }), color: palette[5] },
      { label: 'TTFT p95', values: pick(function (c) { return c.ttft.p95; }), color: palette[4] }] });
    mount('chart-requests-by-config', { kind: 'bar', categories: names, yTitle: 'requests', datasets: [
      { label: 'Total requests', values: pick(function (c) { return c.requests; }), color: palette[0] }] });
    if (data.failure_classes.length) {
      mount('chart-failures-by-class', { kind: 'bar', categories: names, yTitle: 'failed requests', stacked: true,
        datasets: data.failure_classes.map(function (fc, k) {
          return { label: fc.label, values: pick(function (c) { return c.failures[fc.key] || 0; }), color: color(k + 1) };
        }) });
    }
  }

  var METRICS = {
    qps: { y: 'requests / s (completed)', cols: [['qps', false, '']] },
    qps_ok: { y: 'requests / s (ok)', cols: [['qps_ok', false, '']] },
    latency: { y: 'latency ms', cols: [['latency_p50', false, ' p50'], ['latency_p95', true, ' p95']] },
    ttft: { y: 'TTFT ms', cols: [['ttft_p50', false, ' p50'], ['ttft_p95', true, ' p95']] },
    failures: { y: '% of completed requests failed', cols: [['failure_pct', false, '']] }
  };

  // Series of one chart: per configuration its line(s), plus its peak and knee markers (from the model:
  // one merged marker when both are on the same step) on the first line. opts.nameOf names a line (default:
  // the configuration's name); opts.byPosition colours by position in the chart, not by configuration.
  function rampSeries(configIdxs, metric, xMax, opts) {
    var out = [], m = METRICS[metric], o = opts || {};
    configIdxs.forEach(function (ci, k) {
      var c = cfgs[ci], st = c.steps, col = color(o.byPosition ? k : ci);
      var name = o.nameOf ? o.nameOf(c) : c.name;
      if (!st.users.length) return; // skipped (health check): no line, and no empty legend entry
      m.cols.forEach(function (col3) {
        var pts = [];
        for (var i = 0; i < st.users.length; i++) {
          var y = st[col3[0]][i];
          if (st.users[i] <= xMax && finite(y)) pts.push({ x: st.users[i], y: y });
        }
        out.push({ label: name + col3[2], points: pts, color: col, dashed: col3[1] });
      });
      var main = st[m.cols[0][0]];
      (c.markers || []).forEach(function (mk) {
        var i = st.users.indexOf(mk.users);
        if (mk.users > 0 && mk.users <= xMax && i >= 0 && finite(main[i])) {
          out.push({ label: name + ' ' + mk.label, text: mk.label, points: [{ x: mk.users, y: main[i] }],
                     color: col, marker: mk.kind });
        }
      });
    });
    return out;
  }

  // A tab bar (data-tabs="<panel>") switches the metric of every chart of its panel.
  function tabbed(panel, initial, charts) {
    var state = { metric: initial };
    var bar = document.querySelector('[data-tabs="' + panel + '"]');
    function redraw() { charts.forEach(function (c) { c.redraw(state.metric); }); }
    if (bar) {
      Array.prototype.forEach.call(bar.querySelectorAll('button[data-metric]'), function (b) {
        b.addEventListener('click', function () {
          state.metric = b.getAttribute('data-metric');
          Array.prototype.forEach.call(bar.querySelectorAll('button'), function (o) {
            o.setAttribute('aria-selected', o === b ? 'true' : 'false');
          });
          redraw();
        });
      });
    }
    redraw();
    return state;
  }

  // One chart box. A chart inside a hidden container is drawn when it is shown (Chart.js cannot size a
  // canvas it cannot see); it counts as rendered once actually drawn.
  function chartSlot(id, build, isVisible) {
    var box = document.getElementById(id), destroy = null, drawn = false, want = null;
    var slot = {
      redraw: function (metric) {
        want = metric;
        if (!box || (isVisible && !isVisible())) return;
        if (destroy) destroy();
        destroy = draw(box, build(metric));
        if (!drawn) { drawn = true; countRendered(); }
      },
      show: function () { if (want !== null) slot.redraw(want); }
    };
    return slot;
  }

  function sliderSlot(id, configIdxs, maxUsers, opts, isVisible) {
    var slider = document.getElementById('ramp-slider-' + id);
    var out = document.getElementById('ramp-slider-value-' + id);
    var metric = 'qps';
    var slot = chartSlot('chart-ramp-' + id, function (m) {
      metric = m;
      var xMax = slider ? Number(slider.value) : maxUsers;
      if (out) out.textContent = String(xMax);
      return { kind: 'line', series: rampSeries(configIdxs, m, xMax, opts), xTitle: 'concurrent users',
               yTitle: METRICS[m].y, xMin: 0, xMax: xMax };
    }, isVisible);
    if (slider) slider.addEventListener('input', function () { slot.redraw(metric); });
    return slot;
  }

  function rampCharts() {
    var grouped = document.getElementById('ramp-grouped'), all = document.getElementById('ramp-all');
    var groupSlots = data.groups.map(function (g, gi) {
      return sliderSlot(String(gi), g.configs, g.max_users, null, function () { return !grouped || !grouped.hidden; });
    });
    var slots = groupSlots.slice();
    var allSlot = null;
    if (all) {
      var every = [], maxUsers = 0;
      data.groups.forEach(function (g) { every = every.concat(g.configs); maxUsers = Math.max(maxUsers, g.max_users); });
      // Same colour per configuration as in the grouped charts; the compute size joins the name.
      allSlot = sliderSlot('all', every, maxUsers, {
        nameOf: function (c) { return c.name + ' (' + (c.compute || 'unspecified') + ')'; }
      }, function () { return !all.hidden; });
      slots.push(allSlot);
    }
    tabbed('ramp', 'qps', slots);
    var toggle = document.querySelector('[data-layout-toggle="ramp"]');
    if (!toggle || !all) return;
    Array.prototype.forEach.call(toggle.querySelectorAll('button[data-layout]'), function (b) {
      b.addEventListener('click', function () {
        var one = b.getAttribute('data-layout') === 'all';
        Array.prototype.forEach.call(toggle.querySelectorAll('button'), function (o) {
          o.setAttribute('aria-pressed', o === b ? 'true' : 'false');
        });
        grouped.hidden = one;
        all.hidden = !one;
        document.getElementById('ramp').dataset.layout = one ? 'all' : 'grouped';
        (one ? [allSlot] : groupSlots).forEach(function (sl) { sl.show(); });
      });
    });
  }

  function comparisonCharts() {
    var slots = [];
    data.comparison.forEach(function (cmp, i) {
      var xMax = 0;
      cmp.configs.forEach(function (ci) { cfgs[ci].steps.users.forEach(function (u) { xMax = Math.max(xMax, u); }); });
      slots.push(chartSlot('chart-compare-' + i, function (m) {
        return { kind: 'line',
                 series: rampSeries(cmp.configs, m, xMax || 1, { nameOf: function (c) { return c.run_name; }, byPosition: true }),
                 xTitle: 'concurrent users', yTitle: METRICS[m].y, xMin: 0, xMax: xMax || 1 };
      }));
    });
    tabbed('comparison', 'qps_ok', slots);
  }

  // Per configuration its intervals over time, the phases' starts marked (those that ran).
  function timeCharts() {
    var slots = [];
    cfgs.forEach(function (c, ci) {
      var ts = c.timeseries;
      if (!ts || !ts.t.length) return;
      var xMax = Math.max.apply(null, ts.t.concat([1]));
      var phases = (c.phases || []).filter(function (ph) { return ph.ran && finite(ph.start_s); });
      slots.push(chartSlot('chart-time-' + ci, function (metric) {
        var m = METRICS[metric], series = [];
        m.cols.forEach(function (col3) {
          var pts = [];
          for (var i = 0; i < ts.t.length; i++) {
            if (finite(ts[col3[0]][i])) pts.push({ x: ts.t[i], y: ts[col3[0]][i] });
          }
          series.push({ label: c.name + col3[2], points: pts, color: color(ci), dashed: col3[1] });
        });
        return { kind: 'line', series: series, xTitle: 'seconds since the load began', yTitle: m.y,
                 xMin: 0, xMax: xMax, dense: ts.t.length > 120, xUnit: ' s', phases: phases.length > 1 ? phases : [] };
      }));
    });
    tabbed('time', 'qps_ok', slots);
  }

  // A journey's tags: per configuration the latency p95 of each tag over time, the key tag's line solid and
  // the others dashed, in the journey's order.
  function tagCharts() {
    cfgs.forEach(function (c, ci) {
      var tt = c.tag_timeseries;
      if (!tt || !tt.t.length || !tt.series.length) return;
      var xMax = Math.max.apply(null, tt.t.concat([1]));
      var phases = (c.phases || []).filter(function (ph) { return ph.ran && finite(ph.start_s); });
      var series = tt.series.map(function (s, k) {
        var pts = [];
        for (var i = 0; i < tt.t.length; i++) {
          if (finite(s.latency_p95[i])) pts.push({ x: tt.t[i], y: s.latency_p95[i] });
        }
        return { label: s.tag + (s.key ? ' (key) p95' : ' p95'), points: pts, color: color(k), dashed: !s.key };
      });
      mount('chart-tags-' + ci, { kind: 'line', series: series, xTitle: 'seconds since the load began',
                                  yTitle: 'latency p95 ms', xMin: 0, xMax: xMax, dense: tt.t.length > 120,
                                  xUnit: ' s', phases: phases.length > 1 ? phases : [] });
    });
  }

  barCharts();
  rampCharts();
  timeCharts();
  tagCharts();
  comparisonCharts();
  // Read by tests (headless Chromium --dump-dom): how many charts were drawn, and with what.
  document.body.dataset.chartsRendered = String(rendered);
})();
