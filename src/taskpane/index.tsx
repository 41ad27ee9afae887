/** Task pane entry: render at once, then fill in the host facts when office.js has answered. */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { watchHost } from './bootstrap';

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  root.render(<App host={null} language={navigator.language} />);
  // Called again when onReady answers late (see bootstrap.ts): the pane switches to Excel then.
  watchHost((host) => {
    root.render(<App host={host} language={host.displayLanguage ?? navigator.language} />);
  });
}
