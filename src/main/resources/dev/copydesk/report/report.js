(function () {
  "use strict";
  var anchors = Array.prototype.slice.call(document.querySelectorAll("span.anchor[data-nav]"));
  var pop = document.getElementById("pop");
  var current = -1;

  function marksOf(id) {
    return document.querySelectorAll('mark[data-f~="' + id + '"]');
  }
  function clearCurrent() {
    Array.prototype.forEach.call(document.querySelectorAll("mark.current, .finding.active"), function (e) {
      e.classList.remove("current", "active");
    });
  }
  function show(mark) {
    var ids = mark.getAttribute("data-f").split(" ");
    pop.textContent = "";
    clearCurrent();
    ids.forEach(function (id) {
      var item = document.getElementById("item-" + id);
      if (!item) { return; }
      item.classList.add("active");
      Array.prototype.forEach.call(marksOf(id), function (m) { m.classList.add("current"); });
      var copy = document.createElement("div");
      copy.className = "item";
      Array.prototype.forEach.call(item.querySelectorAll(".head, .msg, .fix, .also"), function (part) {
        copy.appendChild(part.cloneNode(true));
      });
      pop.appendChild(copy);
    });
    var r = mark.getBoundingClientRect();
    pop.hidden = false;
    var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8));
    pop.style.left = left + "px";
    pop.style.top = (r.bottom + window.scrollY + 6) + "px";
  }
  function hide() {
    pop.hidden = true;
    clearCurrent();
  }
  function go(i) {
    if (anchors.length === 0) { return; }
    current = (i + anchors.length) % anchors.length;
    var mark = marksOf(anchors[current].id)[0];
    if (mark) {
      mark.scrollIntoView({ block: "center" });
      mark.focus({ preventScroll: true });
    }
  }
  function flash(id) {
    Array.prototype.forEach.call(document.querySelectorAll(".rel.flash"), function (e) { e.classList.remove("flash"); });
    Array.prototype.forEach.call(document.querySelectorAll('.rel[data-r~="' + id + '"]'), function (e) { e.classList.add("flash"); });
  }
  function follow(hash) {
    var id = decodeURIComponent(hash.replace(/^#/, ""));
    var i = anchors.findIndex(function (a) { return a.id === id; });
    if (i >= 0) { go(i); return; }
    flash(id);
  }

  document.addEventListener("focusin", function (e) {
    if (e.target.matches && e.target.matches("mark[data-f]")) {
      var first = e.target.getAttribute("data-f").split(" ")[0];
      var i = anchors.findIndex(function (a) { return a.id === first; });
      if (i >= 0) { current = i; }
      show(e.target);
    }
  });
  document.addEventListener("click", function (e) {
    var mark = e.target.closest && e.target.closest("mark[data-f]");
    if (mark) { mark.focus(); show(mark); return; }
    var link = e.target.closest && e.target.closest('a[href^="#"]');
    if (link) {
      e.preventDefault();
      history.replaceState(null, "", link.getAttribute("href"));
      follow(link.getAttribute("href"));
      return;
    }
    if (!pop.contains(e.target)) { hide(); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) { return; }
    if (e.key === "j" || e.key === "n") { go(current + 1); e.preventDefault(); }
    else if (e.key === "k" || e.key === "p") { go(current - 1); e.preventDefault(); }
    else if (e.key === "Escape") { hide(); }
  });
  if (location.hash) { follow(location.hash); }
  document.documentElement.setAttribute("data-ready", String(anchors.length));
})();
