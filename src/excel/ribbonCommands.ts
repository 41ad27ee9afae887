/** The ribbon's function file: the ribbon button only shows the task pane, so it just initialises office.js. */
if (typeof Office !== 'undefined') {
  void Office.onReady();
}
