// Mine data: say that the file is being made while the download starts (the link works without this).
// The text is the page's, in the page's language (the link's data-working-text).
(function () {
    var link = document.querySelector("[data-testid=my-data-download]");
    var status = link && document.getElementById(link.dataset.working);
    if (!link || !status || !link.dataset.workingText) {
        return;
    }

    link.addEventListener("click", function () {
        status.textContent = link.dataset.workingText;
    });
})();
