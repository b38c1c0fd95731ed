// The customer's side of the live chat: joins the hub with the chat's key, shows every message as text
// (textContent, never markup), sends with the button or Enter, and ends the chat. Texts come from the page.
(function () {
    'use strict';
    var root = document.getElementById('chat');
    if (!root || !window.signalR) { return; }
    var key = root.dataset.key;
    var status = root.querySelector('[data-testid=chat-status]');
    var log = root.querySelector('[data-testid=chat-log]');
    var form = root.querySelector('[data-testid=chat-form]');
    var input = root.querySelector('[data-testid=chat-input]');
    var error = root.querySelector('[data-testid=chat-error]');
    var nobody = root.querySelector('[data-testid=chat-nobody-free]');
    var chatId = null;
    var ended = false;
    var seen = {};
    var nobodyTimer = null;
    var nobodyAfterMs = 2 * 60 * 1000;

    function text(name, value) {
        var t = root.dataset['text' + name] || '';
        return value === undefined ? t : t.replace('{0}', value);
    }

    function add(line) {
        if (seen[line.id]) { return; }
        seen[line.id] = true;
        var li = window.bkkChatLine(line, line.fromCustomer ? text('You') : line.name);
        log.appendChild(li);
        li.scrollIntoView({ block: 'nearest' });
    }

    function show(state) {
        chatId = state.id;
        state.lines.forEach(add);
        if (state.status === 1) { // waiting
            status.textContent = text('Waiting');
            var waited = Date.now() - new Date(state.startedUtc.endsWith('Z') ? state.startedUtc : state.startedUtc + 'Z').getTime();
            clearTimeout(nobodyTimer);
            nobodyTimer = setTimeout(function () { if (!ended && status.textContent === text('Waiting')) { nobody.hidden = false; } }, Math.max(0, nobodyAfterMs - waited));
        } else {
            taken(state.staffName);
        }
    }

    function taken(name) {
        clearTimeout(nobodyTimer);
        nobody.hidden = true;
        status.textContent = text('Taken', name);
    }

    function finish(inquiryId) {
        ended = true;
        clearTimeout(nobodyTimer);
        nobody.hidden = true;
        form.hidden = true;
        status.textContent = inquiryId ? text('EndedInquiry', inquiryId) : text('Ended');
        connection.stop();
    }

    var connection = new signalR.HubConnectionBuilder()
        // WebSockets without the negotiate round trip: behind the proxy's round robin there is no second request to land elsewhere.
        .withUrl(root.dataset.hub, { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets }).withAutomaticReconnect().build();
    connection.on('Message', function (id, line) { if (id === chatId) { add(line); } });
    connection.on('Taken', function (id, name) { if (id === chatId) { taken(name); } });
    connection.on('Ended', function (id) { if (id === chatId && !ended) { finish(null); } });
    connection.onreconnecting(function () { if (!ended) { status.textContent = text('Reconnecting'); } });
    connection.onreconnected(function () { join(); });

    function join() {
        return connection.invoke('JoinAsCustomer', key).then(show, function (e) {
            ended = true;
            form.hidden = true;
            status.textContent = message(e);
        });
    }

    function message(e) { return window.bkkChatError(e, text('Error')); }

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        var value = input.value.trim();
        if (!value || ended) { return; }
        error.textContent = '';
        connection.invoke('SendAsCustomer', value).then(function () { input.value = ''; input.focus(); }, function (e) { error.textContent = message(e); });
    });
    input.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            form.requestSubmit();
        }
    });
    root.querySelectorAll('[data-action=end], [data-action=leave]').forEach(function (button) {
        button.addEventListener('click', function () {
            connection.invoke('EndAsCustomer').then(finish, function (e) { error.textContent = message(e); });
        });
    });

    connection.start().then(join, function () { status.textContent = text('Error'); });
})();
