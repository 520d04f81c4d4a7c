/*
 * Typesets the page's TeX with MathJax, shipped beside this script in mathjax/ when a page has math. The
 * build marks each formula with class="math" and keeps its delimiters, so only those are typeset, and
 * until MathJax comes (or without JavaScript) the TeX reads as written. MathJax is fetched only once a
 * formula comes near the screen, and then typesets them all: each gets its assistive MathML for screen
 * readers at once, which MathJax's own lazy typesetting would leave empty until the formula is seen.
 */
(function () {
  "use strict";
  var here = document.currentScript.src;
  var marks = document.querySelectorAll(".math");
  if (!marks.length) {
    return;
  }

  function load() {
    window.MathJax = {
      startup: { elements: [".math"] },
      tex: {
        inlineMath: [["$", "$"], ["\\(", "\\)"]],
        displayMath: [["$$", "$$"], ["\\[", "\\]"]]
      },
      options: { enableAssistiveMml: true }
    };
    var script = document.createElement("script");
    script.src = new URL("mathjax/tex-chtml.js", here).href;
    script.async = true;
    document.head.appendChild(script);
  }

  if (!("IntersectionObserver" in window)) {
    load();
    return;
  }
  var near = new IntersectionObserver(function (entries) {
    if (entries.some(function (entry) { return entry.isIntersecting; })) {
      near.disconnect();
      load();
    }
  }, { rootMargin: "50% 0px" });
  marks.forEach(function (mark) { near.observe(mark); });
})();
