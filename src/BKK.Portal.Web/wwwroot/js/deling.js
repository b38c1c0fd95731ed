// Deling av data: a button that copies the new key (the key can also be selected and copied by hand; without
// JavaScript the button stays hidden). The confirmation is the page's text, in the page's language.
(function () {
    var button = document.querySelector("[data-copy]");
    var field = button && document.getElementById(button.dataset.copy);
    var status = button && document.getElementById(button.dataset.copied);
    if (!button || !field || !navigator.clipboard) {
        return;
    }

    button.hidden = false;
    button.addEventListener("click", function () {
        navigator.clipboard.writeText(field.value).then(function () {
            status.textContent = button.dataset.copiedText;
        }, function () {
            field.select();
        });
    });
})();
