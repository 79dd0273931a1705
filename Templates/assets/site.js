// Narrows a directory list as the reader types. Without this script the whole list shows.
(function () {
  var directories = document.querySelectorAll("[data-directory]");
  Array.prototype.forEach.call(directories, function (dir) {
    var input = dir.querySelector("input[data-filter]");
    var output = dir.querySelector("output[data-count]");
    var template = output ? output.textContent : "";
    var total = dir.querySelectorAll("li").length;
    if (!input) return;
    input.addEventListener("input", function () {
      var q = input.value.trim().toLowerCase();
      var shown = 0;
      Array.prototype.forEach.call(dir.querySelectorAll(".directory-group"), function (group) {
        var visible = 0;
        Array.prototype.forEach.call(group.querySelectorAll("li"), function (li) {
          var match = !q || li.textContent.toLowerCase().indexOf(q) !== -1;
          li.hidden = !match;
          if (match) visible++;
        });
        group.hidden = visible === 0;
        shown += visible;
      });
      if (output) output.textContent = template.replace(String(total), String(shown));
    });
  });
})();
