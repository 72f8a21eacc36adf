'use strict';
/* Deconflict live map: targets from /api/targets + the /api/live event stream, drawn on one canvas layer. */
(() => {
  performance.mark('app-start');
  const $ = id => document.getElementById(id);
  const targets = new Map();          // id -> target JSON (+ hist: recent [lat, lon] from the stream)
  const HIST = 30;                    // positions kept per target for trails
  let nowMs = 0;
  let selected = null;                // selected target id
  let selectedTrail = null;           // trail of the selected target from /api/targets/{id}
  let replay = null;                  // {fromMs, toMs, targets:[{id,name,military,points}]} while replaying
  let replayT = 0;
  let sortKey = 'id', sortDir = 1;
  let incidentsCache = [];
  let incidentLayer = null;

  // ---------- map ----------
  const map = L.map('map', {zoomAnimation: false, preferCanvas: true, renderer: L.canvas(), minZoom: 3, maxZoom: 14,
    worldCopyJump: false, keyboard: true}).setView([58.5, 19], 5);
  map.attributionControl.addAttribution('Land: Natural Earth (public domain)');
  fetch('/baltic-50m.geojson').then(r => r.json()).then(geo => {
    // the bundled coastline covers 52–67°N 8–32°E: sea inside, neutral grey (no data) outside
    L.rectangle([[52, 8], [67, 32]], {stroke: false, fillColor: '#a9c7de', fillOpacity: 1, interactive: false}).addTo(map);
    L.geoJSON(geo, {
      interactive: false,
      style: f => f.properties.layer === 'land'
        ? {color: '#8b9a7e', weight: 0.8, fillColor: '#eef0e6', fillOpacity: 1}
        : {color: '#9a8f7a', weight: 0.7, dashArray: '3 3', fill: false}
    }).addTo(map);
    targetLayer.bringToFront();
  });

  /** One canvas over the map with every target: cheap to redraw at 5,000 targets. */
  const TargetLayer = L.Layer.extend({
    onAdd(m) {
      this._canvas = L.DomUtil.create('canvas', 'leaflet-zoom-hide');
      this._canvas.style.pointerEvents = 'none';
      m.getPanes().overlayPane.appendChild(this._canvas);
      m.on('moveend zoomend resize move', this._reset, this);
      this._reset();
    },
    onRemove(m) { this._canvas.remove(); m.off('moveend zoomend resize move', this._reset, this); },
    bringToFront() { if (this._canvas) this._canvas.parentNode.appendChild(this._canvas); },
    _reset() {
      const size = map.getSize();
      L.DomUtil.setPosition(this._canvas, map.containerPointToLayerPoint([0, 0]));
      this._canvas.width = size.x; this._canvas.height = size.y;
      this.redraw();
    },
    redraw() { if (!this._pending) { this._pending = true; requestAnimationFrame(() => { this._pending = false; draw(this._canvas); }); } }
  });
  const targetLayer = new TargetLayer().addTo(map);
  performance.mark('map-ready');

  function visibleList() {
    const f = filters();
    const out = [];
    for (const t of targets.values()) if (passes(t, f)) out.push(t);
    return out;
  }

  let loaded = false;
  const PAD_PX = 20;                  // targets this far outside the view are still drawn (half-visible symbols)
  function draw(canvas) {
    const ctx = canvas.getContext('2d');
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (replay) { drawReplay(ctx); return; }
    const list = visibleList(), labels = $('f-labels').checked && (map.getZoom() >= 7 || list.length < 400);
    const xy = Symbols.projector(map), w = canvas.width + PAD_PX, h = canvas.height + PAD_PX;
    if ($('f-trails').checked) {
      const air = new Path2D(), sea = new Path2D();
      for (const t of list) {
        if (!t.hist || t.hist.length < 2) continue;
        const path = t.kind === 'ship' ? sea : air;
        t.hist.forEach((p, i) => { const q = xy(p[0], p[1]); if (i) path.lineTo(q[0], q[1]); else path.moveTo(q[0], q[1]); });
      }
      ctx.lineWidth = 1;
      ctx.strokeStyle = 'rgba(60,60,60,.35)'; ctx.stroke(air);
      ctx.strokeStyle = 'rgba(21,101,192,.45)'; ctx.stroke(sea);
    }
    if (selected && selectedTrail && selectedTrail.length > 1) {
      ctx.strokeStyle = '#1e88e5'; ctx.lineWidth = 2.5; ctx.beginPath();
      selectedTrail.forEach((p, i) => { const q = xy(p[1], p[2]); if (i) ctx.lineTo(q[0], q[1]); else ctx.moveTo(q[0], q[1]); });
      ctx.stroke();
    }
    const items = [];
    for (const t of list) {
      if (t.lat == null) continue;
      const q = xy(t.lat, t.lon);
      if (q[0] < -PAD_PX || q[1] < -PAD_PX || q[0] > w || q[1] > h) continue;
      items.push({x: q[0], y: q[1], ship: t.kind === 'ship', altitudeFt: t.onGround ? 0 : t.altitudeFt,
        trackDeg: t.trackDeg, dark: t.dark, military: t.military, suspicious: !!(t.suspicion || t.darkGaps > 0), t});
    }
    Symbols.paint(ctx, items);
    if ($('f-labels').checked) {          // every label when they fit, else those of dark targets (few, and the point)
      ctx.font = '11px system-ui, sans-serif'; ctx.textBaseline = 'middle';
      for (const s of items) {
        if (!labels && !s.dark) continue;
        ctx.fillStyle = s.dark ? '#555' : '#1d2733';
        ctx.fillText(s.t.name || s.t.id.replace(/^(icao|mmsi):/, '') + (s.dark ? ' · dark ' + age(s.t.silentS) : ''), s.x + 9, s.y - 6);
      }
    }
    const sel = selected && items.find(s => s.t.id === selected);
    if (sel) { ctx.strokeStyle = '#1e88e5'; ctx.lineWidth = 2; ctx.strokeRect(sel.x - 12, sel.y - 12, 24, 24); }
    if (loaded && !window.__deconflictReady) {   // the page's load time: navigation start → every target drawn
      performance.mark('deconflict-ready');
      window.__deconflictReady = {drawn: items.length, ms: performance.now()};
      setTimeout(afterFirstDraw, 0);
    }
  }

  /** Whether a replayed track has stored positions around time tMs (between its first and last point). */
  const inReplay = (t, tMs) => t.points.length && tMs >= t.points[0][0] && tMs <= t.points[t.points.length - 1][0];
  function drawReplay(ctx) {
    const xy = Symbols.projector(map), items = [], trails = new Path2D();
    for (const t of replay.targets) {
      const pts = t.points;
      if (!inReplay(t, replayT)) continue;
      let i = 0, hi = pts.length - 1;            // last point at or before replayT (binary search)
      while (i < hi) { const mid = (i + hi + 1) >> 1; if (pts[mid][0] <= replayT) i = mid; else hi = mid - 1; }
      const a = pts[i], b = pts[Math.min(i + 1, pts.length - 1)];
      const f = b[0] === a[0] ? 0 : (replayT - a[0]) / (b[0] - a[0]);
      const lat = a[1] + f * (b[1] - a[1]), lon = a[2] + f * (b[2] - a[2]);
      const alt = a[3] == null ? null : a[3] + f * ((b[3] == null ? a[3] : b[3]) - a[3]);
      pts.slice(Math.max(0, i - 20), i + 1).forEach((p, k) => { const q = xy(p[1], p[2]); if (k) trails.lineTo(q[0], q[1]); else trails.moveTo(q[0], q[1]); });
      const q = xy(lat, lon);
      items.push({x: q[0], y: q[1], ship: t.id.startsWith('mmsi:'), altitudeFt: alt, trackDeg: a[4], military: t.military, name: t.name || t.id});
    }
    ctx.lineWidth = 1; ctx.strokeStyle = 'rgba(60,60,60,.35)'; ctx.stroke(trails);
    Symbols.paint(ctx, items);
    ctx.font = '11px system-ui, sans-serif'; ctx.textBaseline = 'middle'; ctx.fillStyle = '#1d2733';
    for (const s of items) ctx.fillText(s.name, s.x + 9, s.y - 6);
  }

  // click on the map selects the nearest target within 12 px
  map.on('click', e => {
    let best = null, bestD = 144;
    for (const t of visibleList()) {
      if (t.lat == null) continue;
      const p = map.latLngToContainerPoint([t.lat, t.lon]);
      const d = (p.x - e.containerPoint.x) ** 2 + (p.y - e.containerPoint.y) ** 2;
      if (d < bestD) { bestD = d; best = t; }
    }
    if (best) select(best.id, false);
  });

  // ---------- filters, search, table ----------
  function filters() {
    const num = id => { const v = $(id).value; return v === '' ? null : Number(v); };
    return {aircraft: $('f-aircraft').checked, ship: $('f-ship').checked, military: $('f-military').value,
      dark: $('f-dark').value, nation: $('f-nation').value, altMin: num('f-altmin'), altMax: num('f-altmax'),
      q: $('search').value.trim().toLowerCase()};
  }

  function passes(t, f) {
    if (t.kind === 'aircraft' && !f.aircraft) return false;
    if (t.kind === 'ship' && !f.ship) return false;
    if (f.military === 'only' && !t.military) return false;
    if (f.military === 'civil' && t.military) return false;
    if (f.dark === 'only' && !t.dark) return false;
    if (f.dark === 'hide' && t.dark) return false;
    if (f.nation && t.nation !== f.nation) return false;
    if ((f.altMin != null || f.altMax != null) && t.kind !== 'ship') {
      if (t.altitudeFt == null) return false;
      if (f.altMin != null && t.altitudeFt < f.altMin) return false;
      if (f.altMax != null && t.altitudeFt > f.altMax) return false;
    }
    if (f.q && !(t.id.includes(f.q) || (t.name && t.name.toLowerCase().includes(f.q)))) return false;
    return true;
  }

  ['f-aircraft', 'f-ship', 'f-military', 'f-dark', 'f-nation', 'f-altmin', 'f-altmax', 'f-trails', 'f-labels', 'search']
    .forEach(id => ['input', 'change'].forEach(ev => $(id).addEventListener(ev, () => { targetLayer.redraw(); renderTable(); })));
  $('search').addEventListener('keydown', e => {
    if (e.key !== 'Enter') return;
    const first = visibleList().sort(cmp)[0];
    if (first) select(first.id, true);
  });

  function flags(t) {
    return (t.military ? '<span class="flag mil">MIL</span>' : '') + (t.dark ? '<span class="flag dark">DARK</span>' : '')
      + (t.suspicion || t.darkGaps ? '<span class="flag susp" title="' + esc(t.suspicion || 'dark gaps: ' + t.darkGaps) + '">!</span>' : '');
  }
  function cmp(a, b) {
    const va = sortKey === 'flags' ? (a.military ? 4 : 0) + (a.dark ? 2 : 0) + (a.suspicion ? 1 : 0) : a[sortKey];
    const vb = sortKey === 'flags' ? (b.military ? 4 : 0) + (b.dark ? 2 : 0) + (b.suspicion ? 1 : 0) : b[sortKey];
    if (va == null && vb == null) return 0;
    if (va == null) return 1;
    if (vb == null) return -1;
    return (va < vb ? -1 : va > vb ? 1 : 0) * sortDir;
  }
  let tableTimer = null, tableHtml = null;
  function renderTable() {
    if (tableTimer) return;
    tableTimer = setTimeout(() => {
      tableTimer = null;
      const list = visibleList().sort(cmp), shown = list.slice(0, 300);
      const rows = shown.map(t => `<tr tabindex="0" data-id="${esc(t.id)}"${t.id === selected ? ' class="sel"' : ''}>`
        + `<td>${esc(t.id)}</td><td>${esc(t.name || '')}</td><td>${esc(t.nation || '')}</td>`
        + `<td>${t.kind === 'ship' ? '' : t.onGround ? 'gnd' : fmt(t.altitudeFt)}</td><td>${fmt(t.speedKt)}</td>`
        + `<td>${age(t.silentS)}</td><td>${flags(t)}</td></tr>`);
      const body = document.querySelector('#target-table tbody'), html = rows.join('');
      if (html !== tableHtml) {           // rebuilt only on change; a focused row keeps the keyboard focus
        const focused = document.activeElement && document.activeElement.parentNode === body ? document.activeElement.dataset.id : null;
        body.innerHTML = html; tableHtml = html;
        const again = focused && [...body.rows].find(r => r.dataset.id === focused);
        if (again) again.focus({preventScroll: true});
      }
      $('table-note').textContent = list.length > shown.length ? `showing ${shown.length} of ${list.length}; filter or search to narrow` : `${list.length} targets`;
    }, 250);
  }
  document.querySelectorAll('#target-table th button').forEach(b => b.addEventListener('click', () => {
    const k = b.dataset.sort;
    sortDir = sortKey === k ? -sortDir : 1; sortKey = k; renderTable();
  }));
  const tbody = document.querySelector('#target-table tbody');
  tbody.addEventListener('click', e => { const tr = e.target.closest('tr'); if (tr) select(tr.dataset.id, true); });
  tbody.addEventListener('keydown', e => { const tr = e.target.closest('tr'); if (tr && e.key === 'Enter') select(tr.dataset.id, true); });

  function select(id, pan) {
    selected = id; selectedTrail = null;
    const t = targets.get(id);
    if (pan && t && t.lat != null) map.panTo([t.lat, t.lon]);
    fetch('/api/targets/' + encodeURIComponent(id)).then(r => r.ok ? r.json() : null).then(d => {
      if (!d || selected !== id) return;
      selectedTrail = d.trail || [];
      $('target-view').hidden = false;
      $('target-detail').innerHTML = `<h2>${esc(d.name || d.id)}</h2><p>${esc(d.id)} · ${esc(d.kind || '')} · ${esc(d.nation || 'nation unknown')} ${flags(d)}</p>`
        + `<p>${d.altitudeFt != null ? fmt(d.altitudeFt) + ' ft · ' : ''}${d.speedKt != null ? fmt(d.speedKt) + ' kt · ' : ''}${d.trackDeg != null ? fmt(d.trackDeg) + '° · ' : ''}${esc(d.transponder || '')}</p>`
        + `<p>last heard ${age(d.silentS)} ago${d.dark ? ' — <b>dark</b>, last known position shown' : ''}${d.suspicion ? ' · suspicion: ' + esc(d.suspicion) : ''}</p>`;
      targetLayer.redraw();
    });
    targetLayer.redraw(); renderTable();
  }
  $('target-close').addEventListener('click', () => { $('target-view').hidden = true; selected = null; targetLayer.redraw(); });

  // ---------- live data ----------
  /** Targets of a rows document ({fields, rows}) as objects keyed by field name. */
  function decode(d) {
    const f = d.fields;
    return d.rows.map(r => { const t = {}; for (let i = 0; i < f.length; i++) t[f[i]] = r[i]; return t; });
  }
  function merge(list) {
    for (const t of list) {
      const old = targets.get(t.id);
      if (old && old.lastSeenMs > t.lastSeenMs) continue;   // a live frame older than the picture already held
      let hist = old ? old.hist : [];
      if (t.lat != null && (!hist.length || hist[hist.length - 1][0] !== t.lat || hist[hist.length - 1][1] !== t.lon)) {
        hist = hist.concat([[t.lat, t.lon]]);
        if (hist.length > HIST) hist = hist.slice(hist.length - HIST);
      }
      t.hist = hist;
      targets.set(t.id, t);
    }
  }
  function updateNations() {
    const sel = $('f-nation'), have = new Set([...sel.options].map(o => o.value));
    const nations = new Set();
    for (const t of targets.values()) if (t.nation && !have.has(t.nation)) nations.add(t.nation);
    for (const n of [...nations].sort()) sel.add(new Option(n, n));
  }
  function refreshDark() {   // silence grows with event time even without updates
    for (const t of targets.values()) {
      t.silentS = Math.max(0, (nowMs - t.lastSeenMs) / 1000);
    }
  }
  function header() {
    let dark = 0, mil = 0;
    for (const t of targets.values()) { if (t.dark) dark++; if (t.military) mil++; }
    $('counts').textContent = `${targets.size} targets · ${mil} military · ${dark} dark`;
    $('clock').textContent = nowMs ? new Date(nowMs).toISOString().replace('T', ' ').slice(0, 19) + ' UTC' : '—';
  }
  function onTargets(d) {
    if (d.nowMs) nowMs = d.nowMs;
    merge(decode(d));
    for (const id of d.expired || []) targets.delete(id);
    refreshDark(); updateNations(); header();
    targetLayer.redraw(); renderTable();
  }

  // The live stream opens at once without a snapshot; its frames wait until the picture (fetched by index.html
  // before anything else loaded) is in, then apply on top of it. A reconnect fetches the picture again.
  const early = [];
  const live = new EventSource('/api/live?snapshot=false');
  let opened = false;
  live.onopen = () => { if (opened) resync(); opened = true; };
  live.addEventListener('targets', e => { const d = JSON.parse(e.data); if (loaded) onTargets(d); else early.push(d); });
  // a client that fell behind is sent the whole picture once instead of the updates it missed
  live.addEventListener('snapshot', e => { const d = JSON.parse(e.data); if (loaded) replacePicture(d); else early.push(d); });
  live.addEventListener('events', e => {
    if (JSON.parse(e.data).some(ev => ev.event === 'INCIDENT')) loadIncidents();
  });
  addEventListener('pagehide', () => live.close());
  const picture = () => fetch('/api/targets?format=rows').then(r => r.json());
  (window.deconflictBoot || picture()).then(d => {
    performance.mark('picture-parsed');
    loaded = true;
    onTargets(d);
    performance.mark('picture-merged');
    early.splice(0).forEach(onTargets);
  });
  function resync() { picture().then(replacePicture); }
  function replacePicture(d) {
    const id = d.fields.indexOf('id'), now = new Set(d.rows.map(r => r[id]));
    for (const id of [...targets.keys()]) if (!now.has(id)) targets.delete(id);
    onTargets(d);
  }
  /** What this server keeps (store, ledger), asked once, after the first full draw or when first needed. */
  let serverInfo = null;
  const server = () => serverInfo || (serverInfo = fetch('/health').then(r => r.json()));
  function afterFirstDraw() { loadIncidents(); }

  // ---------- tabs (arrow keys move between them) ----------
  const tabs = [...document.querySelectorAll('[role=tab]')];
  function showTab(tab) {
    tabs.forEach(t => { const on = t === tab; t.setAttribute('aria-selected', on); t.tabIndex = on ? 0 : -1; $(t.getAttribute('aria-controls')).hidden = !on; });
    if (tab.id === 'tab-compliance') loadCompliance();
    if (tab.id === 'tab-incidents') loadIncidents();
  }
  tabs.forEach((t, i) => {
    t.addEventListener('click', () => showTab(t));
    t.addEventListener('keydown', e => {
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
        const n = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]; n.focus(); showTab(n);
      }
    });
  });

  // ---------- incidents ----------
  const SEV = {A: 0, B: 1, C: 2, D: 3, E: 4};
  function loadIncidents() {
    server().then(h => {
      if (!h.store) { $('incident-list').innerHTML = '<li>This run keeps no store: no incidents to list.</li>'; renderedIncidents = null; return; }
      fetch('/api/incidents?limit=500').then(r => r.ok ? r.json() : {incidents: []}).then(d => {
        incidentsCache = d.incidents; renderIncidents();
      });
    });
  }
  let renderedIncidents = null;
  function renderIncidents() {
    const list = incidentsCache.slice();
    if ($('incident-order').value === 'severity') list.sort((a, b) => SEV[a.severity] - SEV[b.severity] || b.startMs - a.startMs);
    $('incident-count').textContent = list.length ? '(' + list.length + ')' : '';
    const html = list.map(i => `<li><button data-id="${esc(i.id)}"><span class="sev sev-${i.severity}">${i.severity}</span>`
      + `${esc(words(i.kind))} · ${time(i.startMs)} · ${fmtDist(i.minHorizontalM)}${i.minVerticalFt != null ? ' / ' + fmt(i.minVerticalFt) + ' ft' : ''}`
      + `<br><small>${i.participants.map(p => esc(label(p.id))).join(' × ')}</small></button></li>`).join('');
    // replaced only when something changed, so a refresh neither moves keyboard focus nor the item under the pointer
    if (html !== renderedIncidents) { $('incident-list').innerHTML = html; renderedIncidents = html; }
  }
  $('incident-order').addEventListener('change', renderIncidents);
  $('incident-list').addEventListener('click', e => { const b = e.target.closest('button'); if (b) openIncident(b.dataset.id); });
  setInterval(() => { if (!$('panel-incidents').hidden) loadIncidents(); }, 10000);

  function openIncident(id) {
    fetch('/api/incidents/' + encodeURIComponent(id)).then(r => r.json()).then(inc => {
      $('incident-view').hidden = false;
      $('incident-title').textContent = `${words(inc.kind)} — severity ${inc.severity}`;
      $('incident-summary').innerHTML = `${time(inc.startMs)} – ${inc.endMs ? time(inc.endMs) : 'open'}<br>`
        + inc.participants.map((p, i) => `<b style="color:${Plots.COLORS[i % 4]}">${esc(p.name || '')} ${esc(p.id)}</b> ${esc(p.nation || '')}${p.military ? ' military' : ''}`).join(' × ')
        + `<br>closest: ${fmtDist(inc.minHorizontalM)} horizontal${inc.minVerticalFt != null ? ', ' + fmt(inc.minVerticalFt) + ' ft vertical' : ''}`
        + (inc.closestApproachMs ? ` at ${time(inc.closestApproachMs)}` : '');
      Plots.plan($('plot-plan'), inc);
      Plots.profile($('plot-profile'), inc);
      Plots.separation($('plot-separation'), inc);
      $('incident-ledger').innerHTML = ledgerHtml(inc);
      if (incidentLayer) incidentLayer.remove();
      incidentLayer = L.layerGroup(inc.participants.filter(p => p.track.length > 1).map((p, i) =>
        L.polyline(p.track.map(q => [q[1], q[2]]), {color: Plots.COLORS[i % 4], weight: 3, interactive: false}))).addTo(map);
      map.panTo([inc.lat, inc.lon], {animate: false});
      map.panBy([$('incident-view').offsetWidth / 2, 0], {animate: false});   // keep it clear of the panel
      $('incident-close').focus();
    });
  }
  function ledgerHtml(inc) {
    if (!inc.ledgerAvailable) return '<p>No ledger in this run.</p>';
    const l = inc.ledger;
    if (!l) return '<p>Not filed in the ledger.</p>';
    return `<p>Entry <b>#${l.index}</b> of ${l.treeSize} (${esc(l.origin)}), filed by ${esc(l.filer)} (${esc(l.filerNation || '')}).<br>`
      + `Inclusion proof: ${l.inclusionVerified ? '<span class="ok">verified</span>' : '<span class="bad">FAILED</span>'}</p>`
      + (l.statements.length ? '<ul>' + l.statements.map(s => `<li><b>${esc(s.party)}</b> ${esc(s.kind)}${s.text ? ': ' + esc(s.text) : ''} <small>(#${s.index})</small></li>`).join('') + '</ul>'
        : '<p>No statements yet.</p>');
  }
  $('incident-close').addEventListener('click', () => {
    $('incident-view').hidden = true;
    if (incidentLayer) { incidentLayer.remove(); incidentLayer = null; }
  });
  document.addEventListener('keydown', e => {
    if (e.key === 'Escape') { $('incident-close').click(); if (!$('target-view').hidden) $('target-close').click(); }
  });

  // ---------- compliance ----------
  function loadCompliance() {
    const day = $('compliance-day').value;
    fetch('/api/compliance' + (day ? '?day=' + day : '')).then(r => r.ok ? r.json() : {rows: []}).then(d => {
      const sel = $('compliance-day'), have = new Set([...sel.options].map(o => o.value));
      for (const r of d.rows) if (!have.has(r.day)) { sel.add(new Option(r.day, r.day)); have.add(r.day); }
      Plots.compliance($('compliance-chart'), d.rows);
      document.querySelector('#compliance-table tbody').innerHTML = d.rows.map(r =>
        `<tr><td>${r.day}</td><td>${esc(r.nation || '??')} ${r.military ? 'mil' : 'civ'}</td><td>${r.flights}</td>`
        + `<td>${pct(r.positionShare)}</td><td>${pct(r.identityOnlyShare)}</td><td>${pct(r.silentShare)}</td></tr>`).join('');
    });
  }
  $('compliance-day').addEventListener('change', loadCompliance);

  // ---------- replay ----------
  const toLocal = ms => new Date(ms).toISOString().slice(0, 19);
  const fromLocal = v => Date.parse(v + 'Z');
  $('tab-replay').addEventListener('click', () => {
    if (!$('replay-to').value && nowMs) { $('replay-to').value = toLocal(nowMs); $('replay-from').value = toLocal(nowMs - 30 * 60000); }
  });
  $('replay-load').addEventListener('click', () => {
    const from = fromLocal($('replay-from').value), to = fromLocal($('replay-to').value);
    if (isNaN(from) || isNaN(to)) return;
    const b = map.getBounds();                   // the stored positions in view: zoom in to replay a busy area in full
    const lat = v => Math.max(-90, Math.min(90, v)).toFixed(4), lon = v => Math.max(-180, Math.min(180, v)).toFixed(4);
    const area = [lat(b.getSouth()), lon(b.getWest()), lat(b.getNorth()), lon(b.getEast())].join(',');
    fetch(`/api/replay?from=${from}&to=${to}&area=${area}`).then(r => r.json()).then(d => {
      if (d.error) { $('replay-time').textContent = d.error; return; }
      replay = d; replayT = d.fromMs;
      $('replay-slider').disabled = false; $('replay-slider').value = 0;
      $('mode').textContent = 'REPLAY'; $('mode').className = 'mode-replay';
      scrub();
    });
  });
  function scrub() {
    replayT = replay.fromMs + (replay.toMs - replay.fromMs) * $('replay-slider').value / 1000;
    const shown = replayShown().length;
    $('replay-time').textContent = time(replayT) + ` · ${shown} of ${replay.targets.length} stored tracks`
      + (replay.truncated ? ` · stored positions up to ${time(replay.coveredToMs)} only (narrow the range or zoom in)` : '');
    targetLayer.redraw();
  }
  $('replay-slider').addEventListener('input', () => { if (replay) scrub(); });
  $('replay-live').addEventListener('click', () => {
    replay = null; $('replay-slider').disabled = true;
    $('mode').textContent = 'LIVE'; $('mode').className = 'mode-live'; targetLayer.redraw();
  });

  // ---------- formatting ----------
  function esc(s) { return String(s).replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]); }
  function fmt(v) { return v == null ? '' : Math.round(v).toLocaleString('en'); }
  function pct(v) { return v == null ? '' : Math.round(v * 100) + '%'; }
  function age(s) { if (s == null) return ''; s = Math.round(s); return s < 60 ? s + 's' : s < 3600 ? Math.floor(s / 60) + 'm' + String(s % 60).padStart(2, '0') : Math.floor(s / 3600) + 'h' + String(Math.floor(s % 3600 / 60)).padStart(2, '0'); }
  function time(ms) { return new Date(ms).toISOString().slice(11, 19) + 'Z'; }
  function words(k) { return k.replace(/-/g, ' '); }
  function fmtDist(m) { return m == null ? '?' : m < 1852 ? Math.round(m) + ' m' : (m / 1852).toFixed(1) + ' NM'; }
  function label(id) { const t = targets.get(id); return t && t.name ? `${t.name} (${id})` : id; }

  /** Ids of the replayed targets on the map at the scrubbed time (for tests and the console). */
  const replayShown = () => replay ? replay.targets.filter(t => inReplay(t, replayT)).map(t => t.id) : [];
  window.deconflict = {targets, map, openIncident, replayShown};   // for tests and the console
})();
