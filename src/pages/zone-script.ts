/**
 * The scheduling page's only script, inlined under the CSP nonce: on a visit without `?tz=`,
 * when the browser's zone is another one, it opens the page again in that zone (the server
 * shows the request's zone instead when it does not know the name, and `?tz=` ends the loop).
 * The page works without it (the zone form does the same by hand).
 */
export const ZONE_SCRIPT = `(function () {
  try {
    if (typeof Intl === 'undefined' || /[?&]tz=/.test(location.search)) return;
    var form = document.querySelector('form.zone');
    var zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!form || !zone || zone === form.getAttribute('data-zone')) return;
    location.replace(location.pathname + '?tz=' + encodeURIComponent(zone));
  } catch (e) {}
})();`;
