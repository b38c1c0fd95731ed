// Norwegian (bokmål) messages for jquery-validation's own rules (from attributes such as maxlength).
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

    $.extend($.validator.messages, {
        required: "Feltet må fylles ut.",
        email: "Skriv inn en gyldig e-postadresse.",
        url: "Skriv inn en gyldig nettadresse.",
        date: "Skriv inn en gyldig dato.",
        number: "Skriv inn et tall.",
        digits: "Skriv bare siffer.",
        equalTo: "Feltene må være like.",
        maxlength: $.validator.format("Skriv høyst {0} tegn."),
        minlength: $.validator.format("Skriv minst {0} tegn."),
        rangelength: $.validator.format("Skriv mellom {0} og {1} tegn."),
        range: $.validator.format("Skriv en verdi mellom {0} og {1}."),
        max: $.validator.format("Skriv en verdi som er {0} eller mindre."),
        min: $.validator.format("Skriv en verdi som er {0} eller mer.")
    });
})(window.jQuery);
