'use strict';
/* Deconflict live map: targets from /api/targets + the /api/live event stream, drawn on one canvas layer. */
(() => {
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

  function altColor(alt) {
    if (alt == null) return '#607d8b';
    const f = Math.max(0, Math.min(1, alt / 40000));
    const hue = f < 0.75 ? 120 - f / 0.75 * 120 : 360 - (f - 0.75) / 0.25 * 60;   // green → yellow → red → purple
    return `hsl(${hue},72%,${f < 0.75 ? 38 : 45}%)`;
  }

  function visibleList() {
    const f = filters();
    const out = [];
    for (const t of targets.values()) if (passes(t, f)) out.push(t);
    return out;
  }

  function draw(canvas) {
    const ctx = canvas.getContext('2d');
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    if (replay) { drawReplay(ctx); return; }
    const f = filters(), list = visibleList(), labels = $('f-labels').checked && (map.getZoom() >= 7 || list.length < 400);
    const bounds = map.getBounds().pad(0.1);
    if ($('f-trails').checked) {
      ctx.lineWidth = 1;
      for (const t of list) {
        if (!t.hist || t.hist.length < 2) continue;
        ctx.strokeStyle = t.kind === 'ship' ? 'rgba(21,101,192,.45)' : 'rgba(60,60,60,.35)';
        ctx.beginPath();
        t.hist.forEach((p, i) => { const q = map.latLngToContainerPoint(p); i ? ctx.lineTo(q.x, q.y) : ctx.moveTo(q.x, q.y); });
        ctx.stroke();
      }
    }
    if (selected && selectedTrail && selectedTrail.length > 1) {
      ctx.strokeStyle = '#1e88e5'; ctx.lineWidth = 2.5; ctx.beginPath();
      selectedTrail.forEach((p, i) => { const q = map.latLngToContainerPoint([p[1], p[2]]); i ? ctx.lineTo(q.x, q.y) : ctx.moveTo(q.x, q.y); });
      ctx.stroke();
    }
    ctx.font = '11px system-ui, sans-serif'; ctx.textBaseline = 'middle';
    for (const t of list) {
      if (t.lat == null || !bounds.contains([t.lat, t.lon])) continue;
      const p = map.latLngToContainerPoint([t.lat, t.lon]);
      symbol(ctx, t, p.x, p.y);
      if (labels) {
        ctx.fillStyle = t.dark ? '#555' : '#1d2733';
        let text = t.name || t.id.replace(/^(icao|mmsi):/, '');
        if (t.dark) text += ' · dark ' + age(t.silentS);
        ctx.fillText(text, p.x + 9, p.y - 6);
      }
    }
  }

  function symbol(ctx, t, x, y) {
    const hdg = (t.trackDeg == null ? 0 : t.trackDeg) * Math.PI / 180;
    const color = t.kind === 'ship' ? '#1565c0' : altColor(t.onGround ? 0 : t.altitudeFt);
    ctx.save(); ctx.translate(x, y); ctx.rotate(hdg);
    ctx.beginPath();
    if (t.kind === 'ship') {           // hull: pointed bow
      ctx.moveTo(0, -7); ctx.lineTo(4, -2); ctx.lineTo(4, 6); ctx.lineTo(-4, 6); ctx.lineTo(-4, -2); ctx.closePath();
    } else {                           // aircraft: arrowhead
      ctx.moveTo(0, -8); ctx.lineTo(6, 6); ctx.lineTo(0, 3); ctx.lineTo(-6, 6); ctx.closePath();
    }
    if (t.dark) { ctx.setLineDash([2, 2]); ctx.strokeStyle = '#444'; ctx.lineWidth = 1.5; ctx.stroke(); ctx.setLineDash([]); }
    else { ctx.fillStyle = color; ctx.fill(); ctx.strokeStyle = 'rgba(0,0,0,.55)'; ctx.lineWidth = 0.7; ctx.stroke(); }
    ctx.restore();
    if (t.military) { ctx.strokeStyle = '#d32f2f'; ctx.lineWidth = 1.8; ctx.beginPath(); ctx.arc(x, y, 10, 0, 7); ctx.stroke(); }
    if (t.suspicion || t.darkGaps > 0) { ctx.fillStyle = '#ff9800'; ctx.beginPath(); ctx.arc(x + 8, y - 8, 3.5, 0, 7); ctx.fill(); }
    if (t.id === selected) { ctx.strokeStyle = '#1e88e5'; ctx.lineWidth = 2; ctx.strokeRect(x - 12, y - 12, 24, 24); }
  }

  function drawReplay(ctx) {
    ctx.font = '11px system-ui, sans-serif';
    for (const t of replay.targets) {
      const pts = t.points;
      if (!pts.length || replayT < pts[0][0] || replayT > pts[pts.length - 1][0]) continue;
      let i = 0;
      while (i + 1 < pts.length && pts[i + 1][0] <= replayT) i++;
      const a = pts[i], b = pts[Math.min(i + 1, pts.length - 1)];
      const f = b[0] === a[0] ? 0 : (replayT - a[0]) / (b[0] - a[0]);
      const lat = a[1] + f * (b[1] - a[1]), lon = a[2] + f * (b[2] - a[2]);
      const alt = a[3] == null ? null : a[3] + f * ((b[3] == null ? a[3] : b[3]) - a[3]);
      ctx.strokeStyle = 'rgba(60,60,60,.35)'; ctx.beginPath();
      pts.slice(Math.max(0, i - 20), i + 1).forEach((p, k) => { const q = map.latLngToContainerPoint([p[1], p[2]]); k ? ctx.lineTo(q.x, q.y) : ctx.moveTo(q.x, q.y); });
      ctx.stroke();
      const q = map.latLngToContainerPoint([lat, lon]);
      symbol(ctx, {id: t.id, kind: t.id.startsWith('mmsi:') ? 'ship' : 'aircraft', altitudeFt: alt, trackDeg: a[4], military: t.military}, q.x, q.y);
      ctx.fillStyle = '#1d2733'; ctx.fillText(t.name || t.id, q.x + 9, q.y - 6);
    }
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
  let tableTimer = null;
  function renderTable() {
    if (tableTimer) return;
    tableTimer = setTimeout(() => {
      tableTimer = null;
      const list = visibleList().sort(cmp), shown = list.slice(0, 300);
      const rows = shown.map(t => `<tr tabindex="0" data-id="${esc(t.id)}"${t.id === selected ? ' class="sel"' : ''}>`
        + `<td>${esc(t.id)}</td><td>${esc(t.name || '')}</td><td>${esc(t.nation || '')}</td>`
        + `<td>${t.kind === 'ship' ? '' : t.onGround ? 'gnd' : fmt(t.altitudeFt)}</td><td>${fmt(t.speedKt)}</td>`
        + `<td>${age(t.silentS)}</td><td>${flags(t)}</td></tr>`);
      document.querySelector('#target-table tbody').innerHTML = rows.join('');
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
  function merge(list) {
    for (const t of list) {
      const old = targets.get(t.id);
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
    const nations = [...new Set([...targets.values()].map(t => t.nation).filter(Boolean))].sort();
    for (const n of nations) if (!have.has(n)) sel.add(new Option(n, n));
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

  fetch('/api/targets').then(r => r.json()).then(d => {
    nowMs = d.nowMs; merge(d.targets); updateNations(); header(); targetLayer.redraw(); renderTable();
    connect();
  });

  function connect() {
    const es = new EventSource('/api/live');
    es.addEventListener('snapshot', e => onTargets(JSON.parse(e.data)));
    es.addEventListener('targets', e => onTargets(JSON.parse(e.data)));
    es.addEventListener('events', e => {
      const events = JSON.parse(e.data);
      if (events.some(ev => ev.event === 'INCIDENT')) loadIncidents();
    });
    es.onerror = () => { /* EventSource reconnects by itself */ };
  }
  function onTargets(d) {
    if (d.nowMs) nowMs = d.nowMs;
    merge(d.targets);
    for (const id of d.expired || []) targets.delete(id);
    refreshDark(); updateNations(); header();
    targetLayer.redraw(); renderTable();
  }

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
    fetch('/api/incidents?limit=500').then(r => r.ok ? r.json() : {incidents: []}).then(d => {
      incidentsCache = d.incidents; renderIncidents();
    });
  }
  function renderIncidents() {
    const list = incidentsCache.slice();
    if ($('incident-order').value === 'severity') list.sort((a, b) => SEV[a.severity] - SEV[b.severity] || b.startMs - a.startMs);
    $('incident-count').textContent = list.length ? '(' + list.length + ')' : '';
    $('incident-list').innerHTML = list.map(i => `<li><button data-id="${esc(i.id)}"><span class="sev sev-${i.severity}">${i.severity}</span>`
      + `${esc(words(i.kind))} · ${time(i.startMs)} · ${fmtDist(i.minHorizontalM)}${i.minVerticalFt != null ? ' / ' + fmt(i.minVerticalFt) + ' ft' : ''}`
      + `<br><small>${i.participants.map(p => esc(label(p.id))).join(' × ')}</small></button></li>`).join('');
  }
  $('incident-order').addEventListener('change', renderIncidents);
  $('incident-list').addEventListener('click', e => { const b = e.target.closest('button'); if (b) openIncident(b.dataset.id); });
  setInterval(() => { if (!$('panel-incidents').hidden) loadIncidents(); }, 10000);
  loadIncidents();

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
    fetch(`/api/replay?from=${from}&to=${to}`).then(r => r.json()).then(d => {
      if (d.error) { $('replay-time').textContent = d.error; return; }
      replay = d; replayT = d.fromMs;
      $('replay-slider').disabled = false; $('replay-slider').value = 0;
      $('mode').textContent = 'REPLAY'; $('mode').className = 'mode-replay';
      scrub();
    });
  });
  function scrub() {
    replayT = replay.fromMs + (replay.toMs - replay.fromMs) * $('replay-slider').value / 1000;
    $('replay-time').textContent = time(replayT) + ` · ${replay.targets.length} tracks`;
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

  window.deconflict = {targets, map, openIncident};   // for tests and the console
})();
