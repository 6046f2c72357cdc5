/* press-extract report: search, filters and sorting of the index; tabs and highlights of a document page.
   Plain JavaScript, no framework, nothing fetched: the pages open from file://.
   State lives in the address's #hash (q=…&wire=…&tab=…), so a view can be linked and reopened. */
(function () {
  'use strict';
  function params() {
    var out = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (kv) {
      if (!kv) return;
      var i = kv.indexOf('='), k = i < 0 ? kv : kv.slice(0, i), v = i < 0 ? '' : kv.slice(i + 1);
      try { out[decodeURIComponent(k)] = decodeURIComponent(v.replace(/\+/g, ' ')); } catch (e) { out[k] = v; }
    });
    return out;
  }
  function setParams(p) {
    var h = Object.keys(p).filter(function (k) { return p[k]; })
      .map(function (k) { return encodeURIComponent(k) + '=' + encodeURIComponent(p[k]); }).join('&');
    history.replaceState(null, '', h ? '#' + h : location.pathname + location.search);
  }
  function norm(s) { return (s || '').toLocaleLowerCase('de').normalize('NFC'); }

  /* -- sorting (any table with th[data-col]) -- */
  function sortBy(th) {
    var table = th.closest('table'), body = table.tBodies[0], i = th.cellIndex;
    var asc = th.dataset.dir !== 'asc';
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { delete c.dataset.dir; });
    th.dataset.dir = asc ? 'asc' : 'desc';
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[i].dataset.v || a.cells[i].textContent, y = b.cells[i].dataset.v || b.cells[i].textContent;
      var nx = parseFloat(x), ny = parseFloat(y);
      var r = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, 'de');
      return asc ? r : -r;
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  document.querySelectorAll('th[data-col]').forEach(function (th) {
    th.addEventListener('click', function () { sortBy(th); });
  });

  /* -- the index: search and filters -- */
  var docs = document.getElementById('documents');
  var FIELDS = ['q', 'from', 'to', 'wire', 'folder', 'type', 'status', 'per', 'org'];
  function matches(row, f) {
    var d = row.dataset;
    if (f.q && norm(d.q).indexOf(norm(f.q)) < 0) return false;
    if (f.from && !(d.date && d.date >= f.from)) return false;
    if (f.to && !(d.date && d.date.slice(0, f.to.length) <= f.to)) return false;
    if (f.wire && d.wire !== f.wire) return false;
    if (f.folder && d.folder !== f.folder) return false;
    if (f.type && d.type !== f.type) return false;
    if (f.status && d.status !== f.status) return false;
    if (f.per && norm(d.per).indexOf(norm(f.per)) < 0) return false;
    if (f.org && norm(d.org).indexOf(norm(f.org)) < 0) return false;
    return true;
  }
  function applyFilters(write) {
    var f = {}, shown = 0, rows = docs.tBodies[0].rows;
    FIELDS.forEach(function (k) { var el = document.getElementById('f-' + k); f[k] = el ? el.value.trim() : ''; });
    for (var i = 0; i < rows.length; i++) {
      var ok = matches(rows[i], f);
      rows[i].hidden = !ok;
      if (ok) shown++;
    }
    document.getElementById('shown').textContent = shown;
    if (write) { var p = params(); FIELDS.forEach(function (k) { p[k] = f[k]; }); setParams(p); }
  }
  if (docs) {
    var p = params();
    FIELDS.forEach(function (k) {
      var el = document.getElementById('f-' + k);
      if (!el) return;
      if (p[k]) el.value = p[k];
      el.addEventListener('input', function () { applyFilters(true); });
    });
    applyFilters(false);
    var m = /^(-?)(\w+)$/.exec(p.sort || '');
    if (m) {
      var th = document.querySelector('th[data-col="' + m[2] + '"]');
      if (th) { sortBy(th); if (m[1]) sortBy(th); }
    }
  }

  /* -- a document page: tabs, and a row's span highlighted in the text -- */
  var text = document.getElementById('text');
  if (text) documentPage(text);

  // what overflows sideways (the browser test reads it): the page, or a table or panel in it
  var wide = [];
  if (document.documentElement.scrollWidth > document.documentElement.clientWidth) wide.push('page');
  document.querySelectorAll('.panel:not([hidden]), .text, main').forEach(function (el) {
    if (el.scrollWidth > el.clientWidth + 1) wide.push(el.id || el.className || el.tagName);
  });
  document.body.dataset.overflow = wide.join(' ');
  document.body.dataset.ready = '1';

  function documentPage(text) {
  var points = null;   // code point index -> [text node, UTF-16 offset]: Python offsets count code points
  function point(cp) {
    if (!points) {
      points = [];
      var walk = document.createTreeWalker(text, NodeFilter.SHOW_TEXT), node;
      while ((node = walk.nextNode())) {
        for (var i = 0; i < node.data.length; i++) {
          var c = node.data.charCodeAt(i);
          if (c >= 0xDC00 && c <= 0xDFFF && i > 0) continue;   // second half of a surrogate pair
          points.push([node, i]);
        }
      }
    }
    if (cp < points.length) return points[cp];
    var last = points[points.length - 1];
    return last ? [last[0], last[0].data.length] : [text, 0];
  }
  function highlight(row) {
    document.querySelectorAll('.panel tr.on').forEach(function (r) { r.classList.remove('on'); });
    if (!row || !window.CSS || !CSS.highlights) return;
    row.classList.add('on');
    var ranges = row.dataset.s.split(' ').map(function (s, j) {
      var r = new Range(), a = point(+s), b = point(+row.dataset.e.split(' ')[j]);
      r.setStart(a[0], a[1]); r.setEnd(b[0], b[1]);
      return r;
    });
    CSS.highlights.set('row', new Highlight(...ranges));
    var box = ranges[0].getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight) window.scrollBy(0, box.top - innerHeight / 3);
  }
  document.querySelectorAll('.panel tr[data-s]').forEach(function (row) {
    row.addEventListener('mouseenter', function () { highlight(row); });
    row.addEventListener('focus', function () { highlight(row); });
  });
  var tabs = document.querySelectorAll('.tabs button');
  function show(name) {
    tabs.forEach(function (b) { b.classList.toggle('on', b.dataset.tab === name); });
    document.querySelectorAll('.panel').forEach(function (p) { p.hidden = p.id !== 'tab-' + name; });
  }
  tabs.forEach(function (b) {
    b.addEventListener('click', function () { show(b.dataset.tab); var p = params(); p.tab = b.dataset.tab; setParams(p); });
  });
  var q = params();
  if (tabs.length) show(q.tab && document.getElementById('tab-' + q.tab) ? q.tab : tabs[0].dataset.tab);
  if (q.hl) {   // #hl=TABLE:N highlights row N of a table, as hovering it does (links and tests)
    var parts = q.hl.split(':'), rows = document.querySelectorAll('#tab-' + parts[0] + ' tr[data-s]');
    highlight(rows[+parts[1]]);
  }
  }
})();
