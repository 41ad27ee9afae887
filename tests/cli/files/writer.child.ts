/**
 * A separate process that writes a file with replaceFile, for what a test process cannot do to itself: be
 * killed mid-write, receive SIGTERM, or run as an unprivileged user (root ignores read-only folders).
 *   write TARGET TEXT   writes TEXT; prints the Chinese failure and exits 2 on failure
 *   hang TARGET         starts writing, prints "writing", and waits to be killed
 *   probe               prints "ok" (can this user run the child at all?)
 */
import { replaceFile } from '../../../src/cli/files';
import { isLedgerError, translate } from '../../../src/domain/messages';

async function run(): Promise<number> {
  const [mode, target, text] = process.argv.slice(2);
  if (mode === 'probe') {
    process.stdout.write('ok\n');
    return 0;
  }
  if (!target) return 2;
  try {
    if (mode === 'hang') {
      await replaceFile(target, async (write) => {
        await write(new TextEncoder().encode('half a workbook'));
        process.stdout.write('writing\n');
        await new Promise(() => setInterval(() => undefined, 1000));
      });
    } else {
      await replaceFile(target, new TextEncoder().encode(text ?? ''));
    }
    return 0;
  } catch (error) {
    process.stderr.write(isLedgerError(error) ? translate('zh-CN', error.toMessage()) : String(error));
    return 2;
  }
}

void run().then((code) => {
  process.exitCode = code;
});
