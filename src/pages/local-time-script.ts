/**
 * The recipient page's only script, inlined under the CSP nonce. It adds one line below the
 * interview time, e.g. "Wed, 4 Mar, 18:00 – 19:30 your time (Asia/Tokyo)", when the browser's zone
 * shows a different wall-clock time than the zone the server wrote; it does nothing else. It reads
 * `<time datetime data-end data-zone data-local>` (data-local: the line's wording in the page's
 * language, with {time} and {zone} to fill), writes dates in the page's language (`html lang`),
 * and writes with textContent only, so no markup is built.
 */
export const LOCAL_TIME_SCRIPT = `(function () {
  var el = document.querySelector('time[data-zone]');
  if (!el || typeof Intl === 'undefined') return;
  try {
    var from = el.getAttribute('data-zone');
    var zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    var start = new Date(el.getAttribute('datetime'));
    var end = new Date(el.getAttribute('data-end'));
    if (!zone || zone === from || isNaN(start.getTime()) || isNaN(end.getTime())) return;
    var day = { weekday: 'short', day: 'numeric', month: 'short' };
    var clock = { hour: '2-digit', minute: '2-digit' };
    var format = function (date, options, timeZone) {
      return new Intl.DateTimeFormat(document.documentElement.lang || undefined, Object.assign({ timeZone: timeZone }, options)).format(date);
    };
    var full = Object.assign({}, day, clock);
    if (format(start, full, zone) === format(start, full, from)) return;
    var endText = format(end, day, zone) === format(start, day, zone) ? format(end, clock, zone) : format(end, full, zone);
    var note = document.createElement('span');
    note.className = 'local';
    var time = format(start, full, zone) + ' \\u2013 ' + endText;
    var line = el.getAttribute('data-local') || '{time} ({zone})';
    note.textContent = line.replace('{time}', function () { return time; }).replace('{zone}', function () { return zone; });
    el.parentNode.insertBefore(note, el.nextSibling);
  } catch (e) {}
})();`;
