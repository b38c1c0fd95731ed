// Messages in the page's language for jquery-validation's own rules (from attributes such as maxlength).
// The texts are the page's: _ValidationScripts renders them from FormTexts as JSON in #valideringstekster.
// The portal's rules carry their messages from the FluentValidation validators on the server.
(function ($) {
    if (!$ || !$.validator) {
        return;
    }

    // No check when a field loses focus: a message that vanishes on blur moves the button under
    // the pointer between mousedown and mouseup, and the click is lost. Fields are checked when the
    // form is sent, and again as the customer types once a message is shown.
    // A field with a message is marked aria-invalid (jquery-validation does so only on blur and keyup).
    $.validator.setDefaults({
        onfocusout: false,
        highlight: function (element, errorClass, validClass) {
            $(element).addClass(errorClass).removeClass(validClass).attr("aria-invalid", "true");
        },
        unhighlight: function (element, errorClass, validClass) {
            $(element).removeClass(errorClass).addClass(validClass).removeAttr("aria-invalid");
        }
    });

    // The rules whose message takes the rule's parameters ({0}, {1}).
    var formatted = ["maxlength", "minlength", "rangelength", "range", "max", "min"];
    var source = document.getElementById("valideringstekster");
    if (!source) {
        return;
    }

    var texts = JSON.parse(source.textContent);
    var messages = {};
    Object.keys(texts).forEach(function (rule) {
        messages[rule] = formatted.indexOf(rule) >= 0 ? $.validator.format(texts[rule]) : texts[rule];
    });
    $.extend($.validator.messages, messages);
})(window.jQuery);
