// Mine data: say that the file is being made while the download starts (the link works without this).
(function () {
    var link = document.querySelector("[data-testid=my-data-download]");
    var status = link && document.getElementById(link.dataset.working);
    if (!link || !status) {
        return;
    }

    link.addEventListener("click", function () {
        status.textContent = "Lager filen med dataene dine … Nedlastingen starter straks.";
    });
})();
