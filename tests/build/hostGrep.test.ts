import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const src = path.join(__dirname, '../../src');
const ALLOWED = [path.join(src, 'excel') + path.sep, path.join(src, 'taskpane', 'bootstrap.ts')];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('where host code lives', () => {
  it('mentions Excel. or Office. only under src/excel and in the task pane bootstrap (the grep a reviewer runs)', () => {
    const outside = sourceFiles(src)
      .filter((file) => !ALLOWED.some((allowed) => file === allowed || file.startsWith(allowed)))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ file: path.relative(src, file), line: i + 1, text: line }))
          .filter(({ text }) => /Excel\.|Office\./.test(text)),
      );
    expect(outside).toEqual([]);
  });
});
