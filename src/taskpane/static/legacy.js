/* global document -- a classic browser script, not a module */
/*
 * The task pane's loader, kept out of the page so that its Content-Security-Policy allows no inline script.
 * ES5 on purpose: this runs in IE 11 and EdgeHTML, where the React bundle would not even parse; there it shows
 * the bilingual message instead. Elsewhere it loads the bundles named in its data-bundles attribute, in order.
 */
(function () {
  var ua = navigator.userAgent || '';
  var legacy =
    /Trident\/|MSIE |Edge\/\d/.test(ua) ||
    typeof Promise === 'undefined' ||
    typeof Object.fromEntries !== 'function';
  if (legacy) {
    document.getElementById('legacy').style.display = 'block';
    document.documentElement.setAttribute('data-legacy', 'true');
    return;
  }
  var scripts = document.getElementsByTagName('script');
  var bundles = '';
  for (var i = 0; i < scripts.length; i++) {
    var named = scripts[i].getAttribute('data-bundles');
    if (named) bundles = named;
  }
  var files = bundles ? bundles.split(' ') : [];
  for (var j = 0; j < files.length; j++) {
    var script = document.createElement('script');
    script.src = files[j];
    script.async = false;
    document.body.appendChild(script);
  }
})();
