/**
 * The scheduling page's only script, inlined under the CSP nonce: on a visit without `?tz=`,
 * when the browser's zone is another one the list offers, it opens the page again in that zone.
 * The page works without it (the zone form does the same by hand).
 */
export const ZONE_SCRIPT = `(function () {
  try {
    if (typeof Intl === 'undefined' || /[?&]tz=/.test(location.search)) return;
    var form = document.querySelector('form.zone');
    var select = document.getElementById('tz');
    var zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!form || !select || !zone || zone === form.getAttribute('data-zone')) return;
    for (var i = 0; i < select.options.length; i++) {
      if (select.options[i].value === zone) {
        location.replace(location.pathname + '?tz=' + encodeURIComponent(zone));
        return;
      }
    }
  } catch (e) {}
})();`;
