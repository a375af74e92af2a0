/*
 * Drillgrid's web map (GridMap on the server): a Leaflet map in the grid's own metres (L.CRS.Simple, x east
 * and y north from the grid's south-west corner), with the terrain and the simulation layers as image
 * overlays, vector labels and outlines, a scale bar, a north arrow, grid ticks and a coordinate readout.
 * No inline handlers and no HTML strings: every element is built with DOM calls, and text is set as text.
 */
(function () {
  'use strict';
  var KEY = '__drillgridMap';

  function make(tag, cls, parent) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (parent) { parent.appendChild(e); }
    return e;
  }

  function text(tag, cls, value, parent) {
    var e = make(tag, cls, parent);
    e.textContent = value;
    return e;
  }

  /** A number with its thousands set apart by a space: 455 000. */
  function fmt(n) {
    return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  }

  function fill(template, a, b) {
    return template.replace('{0}', a).replace('{1}', b);
  }

  /** A step of 1, 2 or 5 times a power of ten near span / parts. */
  function niceStep(span, parts) {
    var raw = span / parts;
    var p = Math.pow(10, Math.floor(Math.log10(raw)));
    var m = raw / p;
    return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
  }

  function latLngOfCell(g, col, row) {
    return L.latLng((g.rows - row - 0.5) * g.cell, (col + 0.5) * g.cell);
  }

  function boundsOfCells(g, c0, r0, c1, r1) {
    return L.latLngBounds([(g.rows - r1 - 1) * g.cell, c0 * g.cell], [(g.rows - r0) * g.cell, (c1 + 1) * g.cell]);
  }

  /** Longitude and latitude at x, y metres, between the four corners; null without a coordinate system. */
  function lonLat(g, x, y) {
    if (!g.corners) { return null; }
    var u = x / (g.cols * g.cell), v = y / (g.rows * g.cell);
    var sw = g.corners[0], se = g.corners[1], nw = g.corners[2], ne = g.corners[3];
    function mix(k) {
      return (1 - u) * (1 - v) * sw[k] + u * (1 - v) * se[k] + (1 - u) * v * nw[k] + u * v * ne[k];
    }
    return [mix(0), mix(1)];
  }

  var NorthArrow = L.Control.extend({
    options: { position: 'topright' },
    onAdd: function () {
      var box = make('div', 'dg-north leaflet-bar');
      var svgNs = 'http://www.w3.org/2000/svg';
      var svg = document.createElementNS(svgNs, 'svg');
      svg.setAttribute('viewBox', '0 0 24 32');
      svg.setAttribute('width', '24');
      svg.setAttribute('height', '32');
      var dark = document.createElementNS(svgNs, 'path');
      dark.setAttribute('d', 'M12 2 L20 28 L12 22 Z');
      dark.setAttribute('fill', '#263238');
      var light = document.createElementNS(svgNs, 'path');
      light.setAttribute('d', 'M12 2 L4 28 L12 22 Z');
      light.setAttribute('fill', '#ffffff');
      light.setAttribute('stroke', '#263238');
      light.setAttribute('stroke-width', '1');
      svg.appendChild(light);
      svg.appendChild(dark);
      text('div', 'dg-north-letter', this.options.letter, box);
      box.appendChild(svg);
      box.setAttribute('title', this.options.letter);
      return box;
    }
  });

  var Readout = L.Control.extend({
    options: { position: 'bottomright' },
    onAdd: function () {
      this._div = make('div', 'dg-readout');
      this._div.style.display = 'none';
      return this._div;
    },
    show: function (lines) {
      this._div.textContent = '';
      this._div.style.display = lines.length ? '' : 'none';
      var div = this._div;
      lines.forEach(function (l) { text('div', null, l, div); });
    }
  });

  function init(el, g) {
    if (el[KEY]) {
      return;
    }
    var box = make('div', 'dg-map-box', el);
    var W = g.cols * g.cell, H = g.rows * g.cell;
    var bounds = L.latLngBounds([0, 0], [H, W]);
    var map = L.map(box, {
      crs: L.CRS.Simple, minZoom: -10, maxZoom: 4, zoomSnap: 0, zoomDelta: 0.5, wheelPxPerZoomLevel: 120,
      attributionControl: false, zoomControl: false, maxBounds: bounds.pad(0.25), maxBoundsViscosity: 0.8
    });
    L.control.zoom({ zoomInTitle: g.text.zoomIn, zoomOutTitle: g.text.zoomOut }).addTo(map);
    var st = {
      el: el, g: g, map: map, bounds: bounds, overlay: null, wanted: null, pending: null,
      labels: new Map(), outlines: new Map(),
      labelLayer: L.layerGroup(), outlineLayer: L.layerGroup(), gridLayer: L.layerGroup(),
      ticks: make('div', 'dg-ticks', box)
    };
    el[KEY] = st;
    L.imageOverlay(el.getAttribute('data-terrain'), bounds, { className: 'dg-terrain', interactive: false }).addTo(map);
    st.gridLayer.addTo(map);
    st.outlineLayer.addTo(map);
    st.labelLayer.addTo(map);
    L.control.scale({ imperial: false, metric: true, position: 'bottomleft', maxWidth: 160 }).addTo(map);
    new NorthArrow({ letter: g.text.north }).addTo(map);
    var readout = new Readout();
    readout.addTo(map);
    map.on('mousemove', function (e) {
      var x = e.latlng.lng, y = e.latlng.lat;
      var lines = [fill(g.text.metres, fmt(g.originX + x), fmt(g.originY + y))];
      var ll = lonLat(g, x, y);
      if (ll) { lines.push(fill(g.text.lonLat, ll[0].toFixed(5), ll[1].toFixed(5))); }
      readout.show(lines);
    });
    map.on('mouseout', function () { readout.show([]); });
    map.on('click', function (e) {
      var col = Math.floor(e.latlng.lng / g.cell), row = Math.floor(g.rows - e.latlng.lat / g.cell);
      if (col >= 0 && row >= 0 && col < g.cols && row < g.rows) {
        el.dispatchEvent(new CustomEvent('dg-cell', { detail: { col: col, row: row } }));
      }
    });
    map.on('moveend zoomend resize', function () { drawGrid(st); laterDeclutter(st); });
    map.on('move zoom', function () { placeTicks(st); });
    // until the user pans, zooms or clicks, the whole grid stays fitted in the box as the box changes size (a
    // dashboard's pane settles after its style sheet and the legend under the map are laid out)
    var fitted = false, touched = false;
    ['mousedown', 'wheel', 'touchstart', 'keydown'].forEach(function (type) {
      box.addEventListener(type, function () { touched = true; }, { passive: true });
    });
    function fit() {
      if (box.clientWidth > 0 && box.clientHeight > 0) {
        map.invalidateSize(false);
        if (!fitted || !touched) {
          fitted = true;
          map.setMinZoom(-10);
          map.fitBounds(bounds, { animate: false });
          map.setMinZoom(map.getZoom() - 1);
          drawGrid(st);
          laterDeclutter(st);
        }
      }
    }
    if (window.ResizeObserver) {
      new ResizeObserver(fit).observe(box);
    }
    fit();
  }

  /** Grid lines every nice step of the grid's metres inside the grid, and their values along the edges. */
  function drawGrid(st) {
    var g = st.g, map = st.map;
    st.gridLayer.clearLayers();
    var W = g.cols * g.cell, H = g.rows * g.cell;
    var b = map.getBounds();
    var step = niceStep(Math.max(b.getEast() - b.getWest(), b.getNorth() - b.getSouth()), 5);
    step = Math.max(step, g.cell);
    st.tickValues = { xs: [], ys: [] };
    var opts = { color: '#263238', weight: 1, opacity: 0.35, interactive: false, dashArray: '4 4' };
    var x0 = Math.ceil((g.originX + Math.max(0, b.getWest())) / step) * step - g.originX;
    for (var x = x0; x <= Math.min(W, b.getEast()); x += step) {
      L.polyline([[0, x], [H, x]], opts).addTo(st.gridLayer);
      st.tickValues.xs.push(x);
    }
    var y0 = Math.ceil((g.originY + Math.max(0, b.getSouth())) / step) * step - g.originY;
    for (var y = y0; y <= Math.min(H, b.getNorth()); y += step) {
      L.polyline([[y, 0], [y, W]], opts).addTo(st.gridLayer);
      st.tickValues.ys.push(y);
    }
    placeTicks(st);
  }

  function placeTicks(st) {
    if (!st.tickValues) { return; }
    var g = st.g, map = st.map;
    st.ticks.textContent = '';
    var size = map.getSize();
    var b = map.getBounds();
    var unit = g.originX === 0 && g.originY === 0 && !g.crs ? ' m' : '';
    st.tickValues.xs.forEach(function (x) {
      var p = map.latLngToContainerPoint([b.getSouth(), x]);
      if (p.x < 40 || p.x > size.x - 40) { return; }
      var t = make('div', 'dg-tick dg-tick-x', st.ticks);
      text('div', null, fmt(g.originX + x) + unit, t);
      var ll = lonLat(g, x, Math.max(0, b.getSouth()));
      if (ll) { text('div', 'dg-tick-geo', ll[0].toFixed(3) + '°E', t); }
      t.style.left = p.x + 'px';
    });
    st.tickValues.ys.forEach(function (y) {
      var p = map.latLngToContainerPoint([y, b.getWest()]);
      if (p.y < 30 || p.y > size.y - 40) { return; }
      var t = make('div', 'dg-tick dg-tick-y', st.ticks);
      text('div', null, fmt(g.originY + y) + unit, t);
      var ll = lonLat(g, Math.max(0, b.getWest()), y);
      if (ll) { text('div', 'dg-tick-geo', ll[1].toFixed(3) + '°N', t); }
      t.style.top = p.y + 'px';
    });
  }

  /**
   * Swaps the simulation layers' image for a newer one once it has loaded (no flash). Only the newest number
   * is ever fetched: one that is overtaken while loading is dropped, and no older one is asked for again.
   */
  function setOverlay(st, version) {
    if (st.wanted !== null && version <= st.wanted) { return; }
    st.wanted = version;
    if (st.pending) {
      st.pending.onload = null;
      st.pending.onerror = null;
      st.pending.removeAttribute('src');
    }
    var img = document.createElement('img');
    img.alt = '';
    st.pending = img;
    img.onload = function () {
      if (st.pending !== img) { return; }
      st.pending = null;
      var next = L.imageOverlay(img, st.bounds, { className: 'dg-layers', interactive: false });
      next.addTo(st.map);
      if (st.overlay) { st.map.removeLayer(st.overlay); }
      st.overlay = next;
      st.shown = version;
      st.el.setAttribute('data-shown', String(version));
    };
    img.onerror = function () {
      if (st.pending === img) { st.pending = null; }
    };
    var base = st.el.getAttribute('data-overlay');
    img.src = base + (base.indexOf('?') < 0 ? '?' : '&') + 'v=' + version;
  }

  function detailElement(l) {
    var d = make('div', 'dg-detail');
    text('div', 'dg-detail-name', l.name, d);
    if (l.detail) { text('div', 'dg-detail-text', l.detail, d); }
    return d;
  }

  function fillLabel(m, l) {
    m.root.className = 'dg-label dg-' + l.kind + (l.alert ? ' dg-alert' : '');
    m.sym.style.background = l.colour;
    m.name.textContent = l.name;
    m.state.textContent = l.state || '';
    m.state.style.display = l.state ? '' : 'none';
    var d = detailElement(l);
    m.tip.textContent = '';
    m.tip.appendChild(d);
    m.pop.textContent = '';
    m.pop.appendChild(detailElement(l));
  }

  function setLabels(st, labels) {
    var seen = new Set();
    labels.forEach(function (l) {
      seen.add(l.key);
      var m = st.labels.get(l.key);
      if (!m) {
        m = { root: make('div'), tip: make('div'), pop: make('div') };
        m.sym = make('span', 'dg-sym', m.root);
        m.words = make('span', 'dg-words', m.root);
        m.name = make('span', 'dg-name', m.words);
        m.state = make('span', 'dg-state', m.words);
        var icon = L.divIcon({ className: 'dg-icon', html: m.root, iconSize: null, iconAnchor: [7, 7] });
        m.marker = L.marker(latLngOfCell(st.g, l.col, l.row), { icon: icon, keyboard: false, riseOnHover: true });
        m.marker.bindTooltip(m.tip, { direction: 'top', offset: [0, -8] });
        m.marker.bindPopup(m.pop);
        m.marker.addTo(st.labelLayer);
        st.labels.set(l.key, m);
      } else if (m.col !== l.col || m.row !== l.row) {
        m.marker.setLatLng(latLngOfCell(st.g, l.col, l.row));
      }
      m.col = l.col;
      m.row = l.row;
      m.kind = l.kind;
      m.alert = l.alert ? 1 : 0;
      fillLabel(m, l);
    });
    st.labels.forEach(function (m, key) {
      if (!seen.has(key)) {
        st.labelLayer.removeLayer(m.marker);
        st.labels.delete(key);
      }
    });
  }

  /** Which names give way when labels collide: shelters and alarms first, trucks never named. */
  var PRIORITY = { report: 0, shelter: 1, depot: 2, sensor: 3, team: 4, convoy: 5 };

  /**
   * Declutters the names: in order of priority, a label whose words would overlap words already placed shows
   * its symbol only (its name stays in its tooltip). Run after every update and zoom.
   */
  function declutter(st) {
    var placed = [];
    var all = Array.from(st.labels.values());
    all.sort(function (a, b) {
      return (PRIORITY[a.kind] - PRIORITY[b.kind]) || (b.alert - a.alert);
    });
    all.forEach(function (m) { m.root.classList.remove('dg-crowded'); });
    all.forEach(function (m) {
      var r = m.words.getBoundingClientRect();
      if (r.width === 0) { return; }
      var hit = placed.some(function (p) {
        return r.left < p.right && r.right > p.left && r.top < p.bottom && r.bottom > p.top;
      });
      if (hit) {
        m.root.classList.add('dg-crowded');
      } else {
        placed.push(r);
      }
    });
  }

  /** Declutters once the browser has laid the labels out (after a fit, a move or an update). */
  function laterDeclutter(st) {
    if (st.declutterQueued) { return; }
    st.declutterQueued = true;
    requestAnimationFrame(function () {
      st.declutterQueued = false;
      declutter(st);
    });
  }

  function setOutlines(st, outlines) {
    st.outlineLayer.clearLayers();
    outlines.forEach(function (o) {
      var place = o.kind === 'place';
      var r = L.rectangle(boundsOfCells(st.g, o.c0, o.r0, o.c1, o.r1), {
        color: o.colour, weight: place ? 1.5 : 2.5, dashArray: place ? '6 4' : null,
        fill: !place, fillOpacity: place ? 0 : 0.12, interactive: place, className: 'dg-outline dg-outline-' + o.kind
      });
      var name = make('span', 'dg-outline-name');
      name.textContent = o.name;
      r.bindTooltip(name, { permanent: true, direction: 'center', className: 'dg-area-name dg-area-' + o.kind });
      r.addTo(st.outlineLayer);
    });
  }

  function update(el, u) {
    var st = el[KEY];
    if (!st) {
      // the update came before init (a page that builds the map and shows a moment at once)
      el[KEY + 'early'] = u;
      return;
    }
    setOverlay(st, u.version);
    setLabels(st, u.labels);
    setOutlines(st, u.outlines);
    laterDeclutter(st);
  }

  function initAndCatchUp(el, g) {
    var early = el[KEY + 'early'];
    init(el, g);
    if (early && el[KEY]) {
      delete el[KEY + 'early'];
      update(el, early);
    }
  }

  window.DrillgridMap = { init: initAndCatchUp, update: update };
}());
