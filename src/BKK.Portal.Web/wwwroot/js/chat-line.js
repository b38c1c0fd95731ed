// One chat message as a list item, for both sides of the live chat: the writer's name (or "you") and time,
// and the text as text (textContent, never markup).
window.bkkChatLine = function (line, name) {
    'use strict';
    var at = new Date(line.atUtc.endsWith('Z') ? line.atUtc : line.atUtc + 'Z');
    var li = document.createElement('li');
    li.className = 'chat-line ' + (line.fromCustomer ? 'from-customer' : 'from-service');
    li.dataset.testid = 'chat-line';
    var who = document.createElement('p');
    who.className = 'mb-0 small';
    var strong = document.createElement('strong');
    strong.textContent = name;
    who.appendChild(strong);
    who.appendChild(document.createTextNode(' ' + at.toLocaleTimeString(document.documentElement.lang, { hour: '2-digit', minute: '2-digit' })));
    var body = document.createElement('p');
    body.className = 'mb-0 message-text';
    body.textContent = line.text;
    li.appendChild(who);
    li.appendChild(body);
    return li;
};

// The message of a refused hub call (the hub's own text after "HubException: "), or the page's general one.
window.bkkChatError = function (error, fallback) {
    'use strict';
    var m = error && error.message ? error.message : '';
    var marker = 'HubException: ';
    return m.indexOf(marker) >= 0 ? m.substring(m.indexOf(marker) + marker.length) : fallback;
};
