// Sends the reader to the edition in the browser's language; the links stay for everyone else.
(function () {
  var links = document.querySelectorAll("a[data-language]");
  var wanted = (navigator.languages || [navigator.language || ""]).map(function (l) { return l.toLowerCase().slice(0, 2); });
  for (var i = 0; i < wanted.length; i++) {
    for (var j = 0; j < links.length; j++) {
      if (links[j].getAttribute("data-language") === wanted[i]) { location.replace(links[j].getAttribute("href")); return; }
    }
  }
})();
