'use strict';
/* Plots drawn on <canvas> without any library: incident plan view, vertical profile, separation, compliance. */
const Plots = (() => {
  const COLORS = ['#1565c0', '#c62828', '#2e7d32', '#6a1b9a'];
  const M_PER_NM = 1852; // international nautical mile

  function frame(canvas) {
    const ctx = canvas.getContext('2d');
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.font = '11px system-ui, sans-serif';
    return ctx;
  }

  /** Maps [lo, hi] to [a, b]. */
  function scale(lo, hi, a, b) {
    const d = hi - lo || 1;
    return v => a + (v - lo) * (b - a) / d;
  }

  function nice(lo, hi, n) {
    const span = hi - lo || 1, raw = span / n, mag = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map(m => m * mag).find(s => span / s <= n) || 10 * mag;
    const out = [];
    for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(Math.round(v * 1e6) / 1e6);
    return out;
  }

  function axes(ctx, box, xs, ys, xTicks, yTicks, xFmt, yFmt, xLabel, yLabel) {
    ctx.strokeStyle = '#9aa5b1'; ctx.fillStyle = '#334'; ctx.lineWidth = 1;
    ctx.strokeRect(box.l, box.t, box.r - box.l, box.b - box.t);
    ctx.textAlign = 'center'; ctx.textBaseline = 'top';
    for (const v of xTicks) { const x = xs(v); ctx.fillText(xFmt(v), x, box.b + 3); tick(ctx, x, box.b, x, box.b + 3); }
    ctx.textAlign = 'right'; ctx.textBaseline = 'middle';
    for (const v of yTicks) { const y = ys(v); ctx.fillText(yFmt(v), box.l - 4, y); grid(ctx, box.l, y, box.r, y); }
    ctx.textAlign = 'center'; ctx.textBaseline = 'bottom';
    if (xLabel) ctx.fillText(xLabel, (box.l + box.r) / 2, box.b + 30);
    if (yLabel) { ctx.save(); ctx.translate(11, (box.t + box.b) / 2); ctx.rotate(-Math.PI / 2); ctx.fillText(yLabel, 0, 0); ctx.restore(); }
  }
  function tick(ctx, x1, y1, x2, y2) { ctx.beginPath(); ctx.moveTo(x1, y1); ctx.lineTo(x2, y2); ctx.stroke(); }
  function grid(ctx, x1, y1, x2, y2) { ctx.save(); ctx.strokeStyle = '#e3e8ee'; tick(ctx, x1, y1, x2, y2); ctx.restore(); }

  function timeFmt(t0) { return v => Math.round((v - t0) / 1000) + ''; }

  function polyline(ctx, pts, color, width) {
    ctx.strokeStyle = color; ctx.lineWidth = width || 1.5; ctx.beginPath();
    let pen = false;
    for (const p of pts) {
      if (p == null) { pen = false; continue; }
      if (!pen) { ctx.moveTo(p[0], p[1]); pen = true; } else ctx.lineTo(p[0], p[1]);
    }
    ctx.stroke();
  }

  function legend(ctx, box, items) {
    ctx.textAlign = 'left'; ctx.textBaseline = 'middle';
    let x = box.l + 6;
    for (const [label, color, dash] of items) {
      ctx.strokeStyle = color; ctx.lineWidth = 2; ctx.setLineDash(dash || []);
      tick(ctx, x, box.t + 9, x + 14, box.t + 9); ctx.setLineDash([]);
      ctx.fillStyle = '#223'; ctx.fillText(label, x + 17, box.t + 9);
      x += 24 + ctx.measureText(label).width;
    }
  }

  function name(p) { return (p.name ? p.name.trim() + ' ' : '') + p.id; }

  /** Plan view: both tracks in a local east/north frame (km) around the closest point, closest positions joined. */
  function plan(canvas, inc) {
    const ctx = frame(canvas);
    const lat0 = inc.lat, lon0 = inc.lon, kx = 111.32 * Math.cos(lat0 * Math.PI / 180), ky = 110.57;
    const en = (lat, lon) => [(lon - lon0) * kx, (lat - lat0) * ky];
    const tracks = inc.participants.map(p => p.track.map(q => en(q[1], q[2])));
    const all = tracks.flat().concat(inc.participants.map(p => en(p.closestLat, p.closestLon)));
    let xmin = Math.min(...all.map(p => p[0])), xmax = Math.max(...all.map(p => p[0]));
    let ymin = Math.min(...all.map(p => p[1])), ymax = Math.max(...all.map(p => p[1]));
    const box = {l: 46, r: canvas.width - 10, t: 22, b: canvas.height - 34};
    // equal scale on both axes
    const span = Math.max(xmax - xmin, (ymax - ymin) * (box.r - box.l) / (box.b - box.t), 0.5);
    const cx = (xmin + xmax) / 2, cy = (ymin + ymax) / 2, spanY = span * (box.b - box.t) / (box.r - box.l);
    xmin = cx - span / 2 * 1.05; xmax = cx + span / 2 * 1.05; ymin = cy - spanY / 2 * 1.05; ymax = cy + spanY / 2 * 1.05;
    const xs = scale(xmin, xmax, box.l, box.r), ys = scale(ymin, ymax, box.b, box.t);
    axes(ctx, box, xs, ys, nice(xmin, xmax, 6), nice(ymin, ymax, 5), v => v, v => v, 'east, km', 'north, km');
    tracks.forEach((t, i) => {
      polyline(ctx, t.map(p => [xs(p[0]), ys(p[1])]), COLORS[i % COLORS.length], 1.8);
      if (t.length) arrowHead(ctx, t, xs, ys, COLORS[i % COLORS.length]);
    });
    const cps = inc.participants.map(p => en(p.closestLat, p.closestLon));
    ctx.setLineDash([4, 3]); polyline(ctx, cps.map(p => [xs(p[0]), ys(p[1])]), '#000', 1); ctx.setLineDash([]);
    cps.forEach((p, i) => { ctx.fillStyle = COLORS[i % COLORS.length]; ctx.beginPath(); ctx.arc(xs(p[0]), ys(p[1]), 4, 0, 7); ctx.fill(); });
    legend(ctx, box, inc.participants.map((p, i) => [name(p), COLORS[i % COLORS.length]]).concat([['closest', '#000', [4, 3]]]));
  }

  function arrowHead(ctx, t, xs, ys, color) {
    if (t.length < 2) return;
    const a = t[t.length - 2], b = t[t.length - 1];
    const x = xs(b[0]), y = ys(b[1]), ang = Math.atan2(ys(b[1]) - ys(a[1]), xs(b[0]) - xs(a[0]));
    ctx.fillStyle = color; ctx.beginPath();
    ctx.moveTo(x + 7 * Math.cos(ang), y + 7 * Math.sin(ang));
    ctx.lineTo(x + 5 * Math.cos(ang + 2.5), y + 5 * Math.sin(ang + 2.5));
    ctx.lineTo(x + 5 * Math.cos(ang - 2.5), y + 5 * Math.sin(ang - 2.5));
    ctx.fill();
  }

  /** Vertical profile: altitude (ft) against seconds from the closest approach. */
  function profile(canvas, inc) {
    const ctx = frame(canvas);
    const box = {l: 56, r: canvas.width - 10, t: 22, b: canvas.height - 34};
    const t0 = inc.closestApproachMs || inc.startMs;
    const series = inc.participants.map(p => p.track.filter(q => q[0] != null && q[3] != null));
    const pts = series.flat();
    if (!pts.length) { ctx.fillText('no altitudes for these targets (ships or Mode A/C only)', 20, 40); return; }
    const tmin = Math.min(...pts.map(q => q[0])), tmax = Math.max(...pts.map(q => q[0]));
    let amin = Math.min(0, ...pts.map(q => q[3])), amax = Math.max(...pts.map(q => q[3]));
    amax += (amax - amin) * 0.3 + 100;   // headroom for the legend
    const xs = scale(tmin, tmax, box.l, box.r), ys = scale(amin, amax, box.b, box.t);
    axes(ctx, box, xs, ys, nice(tmin - t0, tmax - t0, 6).map(v => v + t0), nice(amin, amax, 4), timeFmt(t0),
      v => v.toLocaleString('en'), 's from closest approach', 'ft');
    series.forEach((s, i) => polyline(ctx, s.map(q => [xs(q[0]), ys(q[3])]), COLORS[i % COLORS.length], 1.8));
    marker(ctx, xs(t0), box);
    legend(ctx, box, inc.participants.map((p, i) => [name(p), COLORS[i % COLORS.length]]));
  }

  function marker(ctx, x, box) {
    ctx.setLineDash([3, 3]); ctx.strokeStyle = '#555'; tick(ctx, x, box.t, x, box.b); ctx.setLineDash([]);
  }

  /** Separation against time: horizontal (NM, upper) and vertical (ft, lower) with the thresholds as red lines. */
  function separation(canvas, inc) {
    const ctx = frame(canvas);
    const sep = inc.separation || [];
    if (!sep.length) { ctx.fillText('no overlapping stored tracks to compare', 20, 40); return; }
    const t0 = inc.closestApproachMs || inc.startMs, th = inc.thresholds || {};
    const tmin = sep[0][0], tmax = sep[sep.length - 1][0];
    const hasV = sep.some(s => s[2] != null);
    const h = canvas.height, mid = hasV ? h * 0.5 : h - 34;
    const top = {l: 56, r: canvas.width - 10, t: 18, b: mid - (hasV ? 18 : 0)};
    const xs = scale(tmin, tmax, top.l, top.r);
    const hmax = Math.max(...sep.map(s => s[1] / M_PER_NM), (th.horizontalM || 0) / M_PER_NM) * 1.1 || 1;
    const ys = scale(0, hmax, top.b, top.t);
    axes(ctx, top, xs, ys, hasV ? [] : nice(tmin - t0, tmax - t0, 6).map(v => v + t0), nice(0, hmax, 4), timeFmt(t0),
      v => v + '', hasV ? '' : 's from closest approach', 'NM');
    polyline(ctx, sep.map(s => [xs(s[0]), ys(s[1] / M_PER_NM)]), '#1565c0', 1.8);
    threshold(ctx, top, ys, th.horizontalM / M_PER_NM, 'minimum ' + fmtNm(th.horizontalM));
    marker(ctx, xs(t0), top);
    if (hasV) {
      const bot = {l: 56, r: canvas.width - 10, t: mid, b: h - 34};
      const vals = sep.filter(s => s[2] != null);
      const vmax = Math.max(...vals.map(s => s[2]), th.verticalFt || 0) * 1.1 || 100;
      const yv = scale(0, vmax, bot.b, bot.t);
      axes(ctx, bot, xs, yv, nice(tmin - t0, tmax - t0, 6).map(v => v + t0), nice(0, vmax, 3), timeFmt(t0),
        v => v.toLocaleString('en'), 's from closest approach', 'ft');
      polyline(ctx, sep.map(s => s[2] == null ? null : [xs(s[0]), yv(s[2])]), '#6a1b9a', 1.8);
      threshold(ctx, bot, yv, th.verticalFt, 'minimum ' + (th.verticalFt || 0).toLocaleString('en') + ' ft');
      marker(ctx, xs(t0), bot);
    }
  }

  function fmtNm(m) { return m == null ? '' : (m / M_PER_NM).toFixed(m < M_PER_NM ? 2 : 1) + ' NM'; }

  function threshold(ctx, box, ys, v, label) {
    if (v == null || isNaN(v)) return;
    const y = ys(v);
    if (y < box.t || y > box.b) return;
    ctx.strokeStyle = '#d32f2f'; ctx.lineWidth = 1.2; ctx.setLineDash([6, 3]); tick(ctx, box.l, y, box.r, y); ctx.setLineDash([]);
    ctx.fillStyle = '#d32f2f'; ctx.textAlign = 'right'; ctx.textBaseline = 'bottom'; ctx.fillText(label, box.r - 3, y - 1);
  }

  /** Compliance: one stacked bar per row (day · nation · civil/military), shares of followed time. */
  function compliance(canvas, rows) {
    const n = Math.max(rows.length, 1), barH = 18, gap = 4;
    canvas.height = Math.max(80, 30 + n * (barH + gap));
    const ctx = frame(canvas);
    if (!rows.length) { ctx.fillText('no flights stored yet', 20, 40); return; }
    const box = {l: 110, r: canvas.width - 10, t: 8, b: canvas.height - 22};
    const xs = scale(0, 1, box.l, box.r);
    ctx.textBaseline = 'middle';
    rows.forEach((r, i) => {
      const y = box.t + i * (barH + gap);
      ctx.fillStyle = '#223'; ctx.textAlign = 'right';
      ctx.fillText((r.nation || '??') + (r.military ? ' mil' : ' civ') + ' ' + r.day.slice(5), box.l - 4, y + barH / 2);
      let x = 0;
      for (const [share, color] of [[r.positionShare, '#2e7d32'], [r.identityOnlyShare, '#e0a000'], [r.silentShare, '#c62828']]) {
        const w = (share || 0);
        ctx.fillStyle = color; ctx.fillRect(xs(x), y, xs(x + w) - xs(x), barH);
        x += w;
      }
    });
    ctx.fillStyle = '#334'; ctx.textAlign = 'center'; ctx.textBaseline = 'top';
    for (const v of [0, 0.25, 0.5, 0.75, 1]) ctx.fillText(Math.round(v * 100) + '%', xs(v), box.b + 4);
  }

  return {plan, profile, separation, compliance, COLORS};
})();
