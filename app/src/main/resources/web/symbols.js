'use strict';
/* Target symbols on a canvas, batched: one path per colour instead of one per target, so 5,000 targets cost a few
   dozen fill and stroke calls. Aircraft are arrowheads coloured by altitude, ships are hulls; both point along track. */
const Symbols = (() => {
  const AIRCRAFT = [[0, -8], [6, 6], [0, 3], [-6, 6]];          // arrowhead, px, nose up
  const SHIP = [[0, -7], [4, -2], [4, 6], [-4, 6], [-4, -2]];   // hull with a pointed bow
  const SHIP_COLOR = '#1565c0';
  const UNKNOWN_ALT_COLOR = '#607d8b';
  const ALT_STEP_FT = 500;                                      // colours change in 500 ft steps
  const TOP_FT = 40000;                                         // purple at and above
  const MAX_LAT = 85.0511287798;                                // spherical Mercator's limit (EPSG:3857)
  const colors = new Map();

  /** Altitude colour: green at the surface through yellow and red to purple at 40,000 ft; grey when unknown. */
  function altColor(altitudeFt) {
    if (altitudeFt == null) return UNKNOWN_ALT_COLOR;
    const step = Math.round(Math.max(0, Math.min(TOP_FT, altitudeFt)) / ALT_STEP_FT);
    let c = colors.get(step);
    if (!c) {
      const f = step * ALT_STEP_FT / TOP_FT;
      const hue = f < 0.75 ? 120 - f / 0.75 * 120 : 360 - (f - 0.75) / 0.25 * 60;
      colors.set(step, c = `hsl(${hue},72%,${f < 0.75 ? 38 : 45}%)`);
    }
    return c;
  }

  /**
   * A function (lat, lon) → [x, y] container pixels for the map's current view: spherical Mercator as Leaflet's
   * EPSG:3857, measured from the map centre, so no Leaflet objects are made per target.
   */
  function projector(map) {
    const scale = 256 * Math.pow(2, map.getZoom()), c = map.getCenter(), size = map.getSize();
    const px = lon => scale * (lon / 360 + 0.5);
    const py = lat => {
      const s = Math.sin(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI / 180);
      return scale * (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI));
    };
    const x0 = px(c.lng) - size.x / 2, y0 = py(c.lat) - size.y / 2;
    return (lat, lon) => [px(lon) - x0, py(lat) - y0];
  }

  function polygon(path, shape, x, y, sin, cos) {
    for (let i = 0; i < shape.length; i++) {
      const dx = shape[i][0], dy = shape[i][1];
      const qx = x + dx * cos - dy * sin, qy = y + dx * sin + dy * cos;
      if (i) path.lineTo(qx, qy); else path.moveTo(qx, qy);
    }
    path.closePath();
  }

  /**
   * Paints symbols {x, y, ship, altitudeFt (null: unknown), trackDeg, dark, military, suspicious}: filled by colour
   * (dashed outline only when dark), a red ring when military, an orange dot when suspicious.
   */
  function paint(ctx, items) {
    const fills = new Map(), dark = new Path2D(), rings = new Path2D(), dots = new Path2D();
    for (const s of items) {
      const h = (s.trackDeg || 0) * Math.PI / 180, sin = Math.sin(h), cos = Math.cos(h);
      const shape = s.ship ? SHIP : AIRCRAFT;
      if (s.dark) {
        polygon(dark, shape, s.x, s.y, sin, cos);
      } else {
        const color = s.ship ? SHIP_COLOR : altColor(s.altitudeFt);
        let path = fills.get(color);
        if (!path) fills.set(color, path = new Path2D());
        polygon(path, shape, s.x, s.y, sin, cos);
      }
      if (s.military) { rings.moveTo(s.x + 10, s.y); rings.arc(s.x, s.y, 10, 0, 2 * Math.PI); }
      if (s.suspicious) { dots.moveTo(s.x + 11.5, s.y - 8); dots.arc(s.x + 8, s.y - 8, 3.5, 0, 2 * Math.PI); }
    }
    ctx.save();
    ctx.strokeStyle = 'rgba(0,0,0,.55)'; ctx.lineWidth = 0.7;
    for (const [color, path] of fills) { ctx.fillStyle = color; ctx.fill(path); ctx.stroke(path); }
    ctx.setLineDash([2, 2]); ctx.strokeStyle = '#444'; ctx.lineWidth = 1.5; ctx.stroke(dark); ctx.setLineDash([]);
    ctx.strokeStyle = '#d32f2f'; ctx.lineWidth = 1.8; ctx.stroke(rings);
    ctx.fillStyle = '#ff9800'; ctx.fill(dots);
    ctx.restore();
  }

  return {altColor, projector, paint};
})();
