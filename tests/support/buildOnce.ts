/** Runs the production webpack build into a temporary folder, for tests that check what users download. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import webpack from 'webpack';

/** Builds with the given environment variables set for the duration of the build; returns the output folder. */
export async function buildInto(env: Record<string, string>): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), 'wp-build-'));
  const saved: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries({ ...env, WP_OUT_DIR: out })) {
    saved[key] = process.env[key];
    process.env[key] = value;
  }
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is a CommonJS module.
    const factory = require('../../webpack.config.js') as (
      e: object,
      argv: object,
    ) => Promise<webpack.Configuration>;
    const config = await factory({}, { mode: 'production' });
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(config, (error, result) =>
        error || !result ? reject(error ?? new Error('no stats')) : resolve(result),
      ),
    );
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
    return out;
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}
