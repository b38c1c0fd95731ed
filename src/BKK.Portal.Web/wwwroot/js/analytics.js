// Google Analytics 4, loaded by the server only when the visitor allowed statistics cookies.
// The IP address is not stored in clear (GA4 does not log or store it); no ad signals.
(function () {
    var script = document.currentScript;
    var id = script && script.dataset.measurementId;
    if (!id) {
        return;
    }

    window.dataLayer = window.dataLayer || [];
    function gtag() { window.dataLayer.push(arguments); }
    gtag("js", new Date());
    // cookie_domain "none": host-only cookies, which the portal can delete when consent is withdrawn.
    gtag("config", id, { cookie_domain: "none", allow_google_signals: false, allow_ad_personalization_signals: false });
})();
