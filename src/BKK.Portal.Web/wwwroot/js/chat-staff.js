// Customer service's side of the live chat: the waiting chats with their waiting time, taking one, and a panel per
// chat taken, with its messages (as text, never markup), a message box and an end button. Texts come from the page.
(function () {
    'use strict';
    var root = document.getElementById('staff-chat');
    if (!root || !window.signalR) { return; }
    var waitingList = root.querySelector('[data-testid=waiting-chats]');
    var noneWaiting = root.querySelector('[data-testid=no-waiting]');
    var status = root.querySelector('[data-testid=staff-chat-status]');
    var mine = root.querySelector('[data-testid=my-chats]');
    var panels = {};
    var waiting = [];

    function text(name, a, b, c) {
        return (root.dataset['text' + name] || '').replace('{0}', a).replace('{1}', b).replace('{2}', c);
    }

    function utc(value) { return new Date(value.endsWith('Z') ? value : value + 'Z'); }

    function age(startedUtc) {
        var seconds = Math.max(0, Math.round((Date.now() - utc(startedUtc).getTime()) / 1000));
        var minutes = Math.floor(seconds / 60);
        return minutes + ':' + String(seconds % 60).padStart(2, '0');
    }

    function message(e) { return window.bkkChatError(e, text('Error')); }

    function renderWaiting() {
        waitingList.replaceChildren();
        waiting.forEach(function (chat) {
            var li = document.createElement('li');
            li.className = 'd-flex flex-wrap align-items-center gap-2 mb-2';
            li.dataset.testid = 'waiting-chat';
            li.dataset.chat = chat.id;
            var label = document.createElement('span');
            label.textContent = text('Customer', chat.id, chat.customerName, chat.topicName) + ', ' + text('Waited', age(chat.startedUtc));
            label.dataset.testid = 'waiting-label';
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'btn btn-sm btn-primary';
            button.textContent = text('Take');
            button.dataset.testid = 'take-chat';
            button.addEventListener('click', function () {
                connection.invoke('Take', chat.id).then(function (state) { panel(state); refresh(); }, function (e) { status.textContent = message(e); refresh(); });
            });
            li.appendChild(label);
            li.appendChild(button);
            waitingList.appendChild(li);
        });
        noneWaiting.hidden = waiting.length > 0;
    }

    function addLine(p, line) {
        if (p.seen[line.id]) { return; }
        p.seen[line.id] = true;
        var li = window.bkkChatLine(line, line.fromCustomer ? line.name : text('You'));
        p.log.appendChild(li);
        li.scrollIntoView({ block: 'nearest' });
    }

    function panel(state) {
        var p = panels[state.id];
        if (!p) {
            var section = document.createElement('section');
            section.className = 'chat card card-body mb-3';
            section.dataset.testid = 'my-chat';
            section.dataset.chat = state.id;
            var heading = document.createElement('h3');
            heading.className = 'h5';
            heading.id = 'chat-' + state.id;
            heading.textContent = text('Customer', state.id, state.customerName, state.topicName);
            section.setAttribute('aria-labelledby', heading.id);
            section.appendChild(heading);
            var who = document.createElement('p');
            who.className = 'small';
            if (state.customerNumber) {
                var link = document.createElement('a');
                link.href = '/kundeservice/kunde/' + state.customerNumber + '/apne?sak=Chat:' + state.id;
                link.textContent = text('OpenCustomer', state.customerNumber);
                who.appendChild(link);
            } else {
                who.textContent = text('NotLoggedIn');
            }
            section.appendChild(who);
            var note = document.createElement('p');
            note.className = 'chat-status small';
            note.setAttribute('role', 'status');
            note.dataset.testid = 'my-chat-status';
            section.appendChild(note);
            var log = document.createElement('ol');
            log.className = 'chat-log list-unstyled';
            log.setAttribute('aria-live', 'polite');
            log.dataset.testid = 'chat-log';
            section.appendChild(log);
            var form = document.createElement('form');
            form.noValidate = true;
            var inputId = 'svar-' + state.id;
            var label = document.createElement('label');
            label.className = 'form-label';
            label.htmlFor = inputId;
            label.textContent = text('Message');
            var input = document.createElement('textarea');
            input.id = inputId;
            input.className = 'form-control mb-2';
            input.rows = 2;
            input.maxLength = 1000;
            input.dataset.testid = 'chat-input';
            var error = document.createElement('p');
            error.className = 'field-message';
            error.setAttribute('role', 'alert');
            var send = document.createElement('button');
            send.type = 'submit';
            send.className = 'btn btn-primary me-2';
            send.textContent = text('Send');
            send.dataset.testid = 'chat-send';
            var end = document.createElement('button');
            end.type = 'button';
            end.className = 'btn btn-outline-secondary';
            end.textContent = text('End');
            end.dataset.testid = 'chat-end';
            form.append(label, input, error, send, end);
            section.appendChild(form);
            mine.appendChild(section);
            p = panels[state.id] = { section: section, log: log, form: form, note: note, seen: {} };
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var value = input.value.trim();
                if (!value) { return; }
                error.textContent = '';
                connection.invoke('SendAsStaff', state.id, value).then(function () { input.value = ''; input.focus(); }, function (e) { error.textContent = message(e); });
            });
            input.addEventListener('keydown', function (event) {
                if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
            });
            end.addEventListener('click', function () {
                connection.invoke('EndAsStaff', state.id).then(function () { closed(state.id); }, function (e) { error.textContent = message(e); });
            });
        }
        state.lines.forEach(function (line) { addLine(p, line); });
        return p;
    }

    function closed(id) {
        var p = panels[id];
        if (!p) { return; }
        p.form.hidden = true;
        p.note.textContent = text('Ended');
        p.section.dataset.ended = 'true';
    }

    function refresh() {
        return connection.invoke('WatchQueue').then(function (result) {
            status.textContent = '';
            waiting = result.waiting;
            renderWaiting();
            result.mine.forEach(panel);
        }, function (e) { status.textContent = message(e); });
    }

    var connection = new signalR.HubConnectionBuilder()
        // WebSockets without the negotiate round trip: behind the proxy's round robin there is no second request to land elsewhere.
        .withUrl(root.dataset.hub, { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets }).withAutomaticReconnect().build();
    connection.on('QueueChanged', refresh);
    connection.on('Message', function (id, line) { if (panels[id]) { addLine(panels[id], line); } });
    connection.on('Ended', closed);
    connection.on('CustomerAway', function (id) { if (panels[id]) { panels[id].note.textContent = text('Away'); } });
    connection.on('CustomerBack', function (id) { if (panels[id]) { panels[id].note.textContent = ''; } });
    connection.onreconnected(refresh);
    connection.start().then(refresh, function () { status.textContent = text('Error'); });
    setInterval(renderWaiting, 15000); // the waiting times move on
})();
