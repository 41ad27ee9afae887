/**
 * The request-building code of the real Office.js (`@microsoft/office-js`, the Excel-on-the-web script), loaded
 * into a Node VM so that tests can measure what a batch of operations really serialises to: every queued call
 * becomes an Action, every proxy an ObjectPath, and `buildRequestMessageBodyAndRequestFlags()` gives the body
 * Excel receives. Nothing is sent: the request is built and measured, never synced.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

const SCRIPT = path.join(
  path.dirname(require.resolve('@microsoft/office-js/dist/office.js')),
  'excel-web-16.00.debug.js',
);

interface OfficeSandbox {
  Excel: { RequestContext: new (url: string) => Excel.RequestContext };
}

let sandbox: OfficeSandbox | null = null;

/** The real Office.js `Excel` namespace (loaded once per test file). */
function realExcel(): OfficeSandbox['Excel'] {
  if (sandbox) return sandbox.Excel;
  const noop = (): void => undefined;
  const globals: Record<string, unknown> = {
    console: { log: noop, warn: noop, error: noop, info: noop, debug: noop },
    setTimeout,
    clearTimeout,
    navigator: { userAgent: 'node' },
    location: { href: 'https://localhost/' },
    addEventListener: noop,
    document: {
      createElement: () => ({ style: {} }),
      getElementsByTagName: () => [],
      addEventListener: noop,
      readyState: 'complete',
      cookie: '',
    },
  };
  globals.window = globals;
  globals.self = globals;
  const context = vm.createContext(globals);
  vm.runInContext(readFileSync(SCRIPT, 'utf8'), context, { filename: SCRIPT });
  sandbox = globals as unknown as OfficeSandbox;
  return sandbox.Excel;
}

/** A real Office.js request context that is never synced (its URL points nowhere). */
export function realContext(): Excel.RequestContext {
  const Ctx = realExcel().RequestContext;
  return new Ctx('https://measure.invalid/');
}

/** UTF-8 bytes of the request body the context would send now (its queued actions and object paths). */
export function pendingRequestBytes(ctx: Excel.RequestContext): number {
  const pending = (
    ctx as unknown as { _pendingRequest: { buildRequestMessageBodyAndRequestFlags(): { body: unknown } } }
  )._pendingRequest;
  const body = pending.buildRequestMessageBodyAndRequestFlags().body;
  return Buffer.byteLength(JSON.stringify(body), 'utf8');
}
