/*
 * Success messages where the user acted: after a request of a form (PrimeFaces ajax), the page's message region at
 * the top (aria-live, announced) is also shown as a notice right after the button or link that sent the request, so
 * a user far down a long page sees what happened without scrolling. Only visual: screen readers hear the region.
 * Errors are not repeated here: they stand at their fields and the focus moves to the first one (UiErrors).
 */
(function () {
    var source = null;
    document.addEventListener('click', function (event) {
        var control = event.target.closest('button, a, input[type=submit]');
        source = control && control.id && control.closest('form') ? control.id : null;
    }, true);
    function infos() {
        return Array.prototype.slice.call(document.querySelectorAll('#messages .ls-message-info'))
            .map(function (item) { return item.textContent.trim(); }).filter(function (text) { return text; });
    }
    function show() {
        var old = document.querySelectorAll('.ls-notice');
        Array.prototype.forEach.call(old, function (notice) { notice.remove(); });
        var control = source && document.getElementById(source);
        var texts = infos();
        if (!control || !texts.length || control.closest('#messagesPanel')) {
            return;
        }
        var notice = document.createElement('p');
        notice.className = 'ls-notice';
        notice.setAttribute('aria-hidden', 'true'); // the message region above announces it
        notice.textContent = texts.join(' ');
        control.insertAdjacentElement('afterend', notice);
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', function () {
            window.setTimeout(show, 0); // after PrimeFaces has applied the updates of the response
        });
    }
})();
