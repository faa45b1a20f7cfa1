// kg's offline actor-network view. Text reaches the page only through textContent and attribute
// setters, never as markup; the data comes from the JSON element, which the browser does not run.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var svg = document.getElementById("kg-graph");
  var panel = document.getElementById("kg-panel");
  var search = document.getElementById("kg-search");

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function html(name, text, parent) {
    var node = document.createElement(name);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (parent) { parent.appendChild(node); }
    return node;
  }

  svg.setAttribute("viewBox", "0 0 " + data.width + " " + data.height);
  var defs = el("defs", {}, svg);
  var view = el("g", {}, svg);
  var edgeLayer = el("g", {}, view);
  var nodeLayer = el("g", {}, view);
  var byId = {};
  data.nodes.forEach(function (n, i) { n.index = i; n.degree = 0; byId[n.id] = n; });

  // Statements grouped by (source, target, relation): one curved line each, parallel ones bent apart,
  // coloured by quad class, wider the more statements.
  var groups = {}, order = [];
  data.statements.forEach(function (s) {
    var key = JSON.stringify([s.source, s.target, s.quad, s.relation]);
    if (!groups[key]) { groups[key] = { source: s.source, target: s.target, color: s.color, items: [] }; order.push(key); }
    groups[key].items.push(s);
  });
  var perPair = {};
  order.forEach(function (key) {
    var g = groups[key], pair = JSON.stringify([g.source, g.target]);
    (perPair[pair] = perPair[pair] || []).push(g);
    if (g.source !== g.target) { byId[g.source].degree += 1; byId[g.target].degree += 1; }
  });
  function radius(n) { return 7 + 1.5 * Math.min(n.degree, 8); }

  var markers = {};
  function marker(color) {
    if (!markers[color]) {
      var id = "arrow" + Object.keys(markers).length;
      var m = el("marker", { id: id, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 5, markerHeight: 5,
                             orient: "auto-start-reverse", markerUnits: "strokeWidth" }, defs);
      el("path", { d: "M0,0 L10,5 L0,10 z", fill: color }, m);
      markers[color] = id;
    }
    return "url(#" + markers[color] + ")";
  }

  Object.keys(perPair).forEach(function (pair) {
    var list = perPair[pair], first = list[0];
    var crowded = list.length > 1 || perPair[JSON.stringify([first.target, first.source])];
    list.forEach(function (g, i) {
      var a = byId[g.source], b = byId[g.target];
      if (a === b) { return; }
      var rad = crowded ? Math.min(0.12 * (i + 1), 0.9) : 0;
      var dx = b.x - a.x, dy = b.y - a.y, len = Math.sqrt(dx * dx + dy * dy) || 1;
      var cx = (a.x + b.x) / 2 + rad * dy, cy = (a.y + b.y) / 2 - rad * dx;
      function trim(p, q, r) {  // move p towards q by r
        var ex = q[0] - p[0], ey = q[1] - p[1], l = Math.sqrt(ex * ex + ey * ey) || 1;
        return [p[0] + ex / l * r, p[1] + ey / l * r];
      }
      var p0 = trim([a.x, a.y], [cx, cy], radius(a) + 1), p1 = trim([b.x, b.y], [cx, cy], radius(b) + 3);
      var negated = g.items.every(function (s) { return s.modality === "negated"; });
      var path = el("path", { "class": "edge", d: "M" + p0.join(",") + " Q" + cx + "," + cy + " " + p1.join(","),
                              stroke: g.color, "stroke-width": Math.min(1.5 + 1.2 * (g.items.length - 1), 9),
                              "marker-end": marker(g.color) }, edgeLayer);
      if (negated) { path.setAttribute("stroke-dasharray", "5,4"); }
      path.dataset.source = String(a.index);
      path.dataset.target = String(b.index);
      el("title", {}, path).textContent = a.label + " \u2192 " + b.label + " (" + g.items.length + ")";
      path.addEventListener("click", function (ev) {
        ev.stopPropagation();
        show(a.label + " \u2192 " + b.label, g.items);
      });
      void len;
    });
  });

  function shape(n, parent) {
    var r = radius(n), attrs = { "class": "shape", fill: n.color, stroke: "#333", "stroke-width": 1 };
    if (n.shape === "circle") { return el("circle", Object.assign(attrs, { cx: n.x, cy: n.y, r: r }), parent); }
    if (n.shape === "square") {
      return el("rect", Object.assign(attrs, { x: n.x - r * 0.9, y: n.y - r * 0.9, width: r * 1.8, height: r * 1.8 }), parent);
    }
    var sides = { triangle: 3, diamond: 4, pentagon: 5, hexagon: 6 }[n.shape] || 12, points = [];
    for (var i = 0; i < sides; i++) {
      var t = -Math.PI / 2 + 2 * Math.PI * i / sides;
      points.push((n.x + r * 1.1 * Math.cos(t)).toFixed(2) + "," + (n.y + r * 1.1 * Math.sin(t)).toFixed(2));
    }
    return el("polygon", Object.assign(attrs, { points: points.join(" ") }), parent);
  }

  var nodeEls = data.nodes.map(function (n) {
    var g = el("g", { "class": "node" }, nodeLayer);
    g.dataset.node = String(n.index);
    shape(n, g);
    el("text", { x: n.x, y: n.y + radius(n) + 12, "text-anchor": "middle" }, g).textContent = n.label;
    el("title", {}, g).textContent = n.label + (n.cls ? " (" + n.cls + ")" : "");
    g.addEventListener("click", function (ev) {
      ev.stopPropagation();
      show(n.label, data.statements.filter(function (s) { return s.source === n.id || s.target === n.id; }));
    });
    return g;
  });

  function show(heading, items) {
    panel.replaceChildren();
    html("h2", heading, panel);
    html("p", items.length + " statement(s)", panel).className = "meta";
    var list = html("ol", null, panel);
    items.forEach(function (s) {
      var li = html("li", null, list);
      var head = html("strong", byId[s.source].label + " " + s.relation + " " + byId[s.target].label, li);
      void head;
      html("div", [s.modality, s.confidence === null ? "" : "confidence " + Number(s.confidence).toFixed(2),
                   s.date || "undated"].filter(Boolean).join(" \u00b7 "), li).className = "meta";
      html("blockquote", s.sentence, li);
      var src = html("div", null, li);
      src.className = "meta";
      src.appendChild(document.createTextNode("Source: "));
      if (/^https?:\/\//i.test(s.url)) {
        var a = html("a", s.title || s.url, src);
        a.href = s.url;
        a.rel = "noopener noreferrer";
        a.target = "_blank";
      } else {
        src.appendChild(document.createTextNode(s.title || s.url || ""));
      }
      src.appendChild(document.createTextNode(" [" + s.doc + "]"));
    });
  }

  var legend = document.getElementById("kg-legend");
  data.legend.forEach(function (k) {
    var key = html("span", null, legend), swatch = html("i", null, key);
    key.className = "key";
    swatch.style.background = k.color;
    if (k.shape === "line") { swatch.style.height = "0.25em"; swatch.style.verticalAlign = "0.2em"; }
    else if (k.shape === "circle") { swatch.style.borderRadius = "50%"; }
    key.appendChild(document.createTextNode(k.label + (k.shape !== "line" ? " (" + k.shape + ")" : "")));
  });

  // Pan (drag the background) and zoom (wheel, about the pointer).
  var t = { x: 0, y: 0, k: 1 }, drag = null;
  function apply() { view.setAttribute("transform", "translate(" + t.x + "," + t.y + ") scale(" + t.k + ")"); }
  function point(ev) {
    var box = svg.getBoundingClientRect(), k = Math.max(data.width / box.width, data.height / box.height);
    return [(ev.clientX - box.left) * k, (ev.clientY - box.top) * k];
  }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = point(ev), f = ev.deltaY < 0 ? 1.2 : 1 / 1.2, k = Math.min(Math.max(t.k * f, 0.2), 20);
    t.x = p[0] - (p[0] - t.x) * k / t.k; t.y = p[1] - (p[1] - t.y) * k / t.k; t.k = k;
    apply();
  }, { passive: false });
  svg.addEventListener("pointerdown", function (ev) { drag = { p: point(ev), x: t.x, y: t.y }; });
  svg.addEventListener("pointermove", function (ev) {
    if (!drag) { return; }
    var p = point(ev);
    t.x = drag.x + p[0] - drag.p[0]; t.y = drag.y + p[1] - drag.p[1];
    apply();
  });
  window.addEventListener("pointerup", function () { drag = null; });

  // Search: matching actors stand out, the rest fade; Enter centres the first match.
  search.addEventListener("input", function () {
    var q = search.value.trim().toLowerCase();
    data.nodes.forEach(function (n, i) {
      var hit = q !== "" && n.label.toLowerCase().indexOf(q) >= 0;
      nodeEls[i].classList.toggle("hit", hit);
      nodeEls[i].classList.toggle("dim", q !== "" && !hit);
    });
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") { return; }
    var q = search.value.trim().toLowerCase();
    var n = data.nodes.filter(function (m) { return q && m.label.toLowerCase().indexOf(q) >= 0; })[0];
    if (!n) { return; }
    t.k = 2; t.x = data.width / 2 - n.x * t.k; t.y = data.height / 2 - n.y * t.k;
    apply();
    nodeEls[n.index].dispatchEvent(new MouseEvent("click", { bubbles: true }));
  });
  document.body.dataset.ready = String(data.nodes.length);
})();
