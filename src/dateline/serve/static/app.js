// dateline web UI: charts drawn from the JSON API. Data is only ever set with textContent or
// SVG attributes, never parsed as markup, so article content cannot inject script.
"use strict";
const SVG = "http://www.w3.org/2000/svg";
const QUAD_COLORS = { 1: "#5aa469", 2: "#2e7d32", 3: "#ef8a17", 4: "#c62828" };

function el(name, attrs, text) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

async function getJSON(url) {
  const res = await fetch(url, { headers: { Accept: "application/json" } });
  if (!res.ok) throw new Error(url + ": HTTP " + res.status);
  return res.json();
}

function chartQuery(box) {
  const params = new URLSearchParams(box.dataset.query || "");
  if (box.dataset.actor) params.set("actor", box.dataset.actor);
  return params.toString();
}

async function drawTimeline(box) {
  const data = await getJSON("/api/timeline?" + chartQuery(box));
  const days = data.days || [];
  const W = 900, H = 300, pad = 36;
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "timeline" });
  if (!days.length) { svg.appendChild(el("text", { x: 20, y: 40 }, "No dated events.")); box.appendChild(svg); return; }
  const max = Math.max(...days.map(d => d.total || 0), 1);
  const bw = (W - 2 * pad) / days.length;
  days.forEach((d, i) => {
    let y = H - pad;
    for (const q of [1, 2, 3, 4]) {
      const n = d["q" + q] || 0;
      if (!n) continue;
      const h = (H - 2 * pad) * n / max;
      y -= h;
      const r = el("rect", { x: pad + i * bw + 1, y, width: Math.max(1, bw - 2), height: h, fill: QUAD_COLORS[q], class: "bar" });
      r.appendChild(el("title", {}, `${d.date}: ${n} event(s), quad class ${q}`));
      svg.appendChild(r);
    }
    if (days.length <= 16 || i % Math.ceil(days.length / 12) === 0)
      svg.appendChild(el("text", { x: pad + i * bw + bw / 2, y: H - pad + 14, "font-size": 10, "text-anchor": "middle" }, d.date));
  });
  svg.appendChild(el("text", { x: 4, y: pad - 8, "font-size": 11 }, `max ${max}/day`));
  box.appendChild(svg);
}

async function drawNetwork(box) {
  const data = await getJSON("/api/network?" + chartQuery(box));
  const nodes = data.nodes || [], edges = data.edges || [];
  const W = 900, H = 480;
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "actor network" });
  if (!nodes.length) { svg.appendChild(el("text", { x: 20, y: 40 }, "No actors yet.")); box.appendChild(svg); return; }
  // Fruchterman-Reingold: all nodes repel (k^2/d), edges attract (d^2/k), and each step's
  // move is capped by a temperature that cools, so the layout settles instead of flying apart.
  const k = Math.min(W, H) / (2 * Math.sqrt(nodes.length));
  const pos = new Map(nodes.map((n, i) => [n.id, {
    x: W / 2 + (W / 4) * Math.cos(2 * Math.PI * i / nodes.length),
    y: H / 2 + (H / 4) * Math.sin(2 * Math.PI * i / nodes.length), dx: 0, dy: 0 }]));
  const steps = 200;
  for (let step = 0; step < steps; step++) {
    for (const p of pos.values()) { p.dx = 0; p.dy = 0; }
    for (const a of nodes) for (const b of nodes) {
      if (a === b) continue;
      const p = pos.get(a.id), q = pos.get(b.id);
      const dx = p.x - q.x, dy = p.y - q.y, d = Math.max(Math.hypot(dx, dy), 1);
      p.dx += dx / d * k * k / d; p.dy += dy / d * k * k / d;
    }
    for (const e of edges) {
      const p = pos.get(e.source), q = pos.get(e.target);
      if (!p || !q || p === q) continue;
      const dx = p.x - q.x, dy = p.y - q.y, d = Math.max(Math.hypot(dx, dy), 1), f = d * d / k;
      p.dx -= dx / d * f; p.dy -= dy / d * f; q.dx += dx / d * f; q.dy += dy / d * f;
    }
    for (const p of pos.values()) { p.dx += (W / 2 - p.x); p.dy += (H / 2 - p.y); }  // gravity keeps components together
    const t = (W / 10) * (1 - step / steps);
    for (const p of pos.values()) {
      const d = Math.max(Math.hypot(p.dx, p.dy), 1e-9), move = Math.min(d, t);
      p.x = Math.min(W - 80, Math.max(30, p.x + p.dx / d * move));
      p.y = Math.min(H - 20, Math.max(20, p.y + p.dy / d * move));
    }
  }
  const maxCount = Math.max(...edges.map(e => e.count), 1);
  for (const e of edges) {
    const p = pos.get(e.source), q = pos.get(e.target);
    if (!p || !q) continue;
    const g = e.goldstein ?? 0;
    const color = g < 0 ? "#c62828" : g > 0 ? "#2e7d32" : "#888";
    const line = el("line", { x1: p.x, y1: p.y, x2: q.x, y2: q.y, stroke: color, "stroke-width": 1 + 5 * e.count / maxCount, "stroke-opacity": 0.7, class: "edge" });
    line.appendChild(el("title", {}, `${e.source} → ${e.target}: ${e.count} event(s), mean Goldstein ${Number(g).toFixed(1)}`));
    svg.appendChild(line);
  }
  for (const n of nodes) {
    const p = pos.get(n.id);
    const a = el("a", { href: "/actors/" + encodeURIComponent(n.id) });
    a.appendChild(el("circle", { cx: p.x, cy: p.y, r: 5 + Math.min(12, Math.sqrt(n.count || 1) * 2), fill: "#5b8def", class: "node" }));
    a.appendChild(el("text", { x: p.x + 10, y: p.y + 4, "font-size": 11 }, n.code && n.code !== n.label ? `${n.label} (${n.code})` : (n.label || n.id)));
    svg.appendChild(a);
  }
  box.appendChild(svg);
}

function showError(box, err) {
  const p = document.createElement("p");
  p.className = "warning";
  p.textContent = String(err);
  box.appendChild(p);
}

document.addEventListener("DOMContentLoaded", () => {
  const t = document.getElementById("timeline-chart");
  if (t) drawTimeline(t).catch(err => showError(t, err));
  const n = document.getElementById("network-chart");
  if (n) drawNetwork(n).catch(err => showError(n, err));
});
