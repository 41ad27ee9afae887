#!/usr/bin/env node
// `npm start`: serve the add-in on port 3000 and sideload it into desktop Excel where office-addin-debugging can
// (Windows, macOS). Elsewhere (a Linux box without Excel) keep serving and print how to sideload by hand.
const { spawn } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const bin = (name) =>
  path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const canSideload = process.platform === 'win32' || process.platform === 'darwin';

/**
 * Runs the server in a process group of its own and stops the whole group (the dev server and whatever it
 * spawned) on Ctrl-C, SIGTERM or SIGHUP — and when npm above us is killed without passing the signal on
 * (the shell between npm and us does not always forward it), so that port 3000 is free again within seconds.
 */
function run(command, args) {
  const windows = process.platform === 'win32';
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: windows, detached: !windows });
  let stopping = false;
  const killGroup = (signal) => {
    try {
      if (windows) child.kill(signal);
      else process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const stop = () => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode !== null) process.exit(0);
    killGroup('SIGTERM');
    // A server that ignores SIGTERM is killed outright.
    setTimeout(() => {
      killGroup('SIGKILL');
      process.exit(0);
    }, 3000).unref();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 500).unref();
  child.on('exit', (code) => process.exit(stopping ? 0 : (code ?? 0)));
  return child;
}

function printSideloadSteps(url) {
  const manifest = path.join(root, 'manifest.xml');
  console.log(`
──────────────────────────────────────────────────────────────
工作要点台账 开发服务器 / Work-Points Tracker dev server
  任务窗格 / Task pane:  ${url}/taskpane.html
  清单文件 / Manifest:   ${manifest}

本机没有可自动旁加载的 Excel。手工旁加载 / No desktop Excel to sideload into here. Sideload by hand:
 • Windows：把 manifest.xml 放到一个共享文件夹，在 Excel「文件 › 选项 › 信任中心 › 信任中心设置 › 受信任的加载项目录」
   添加该共享路径并勾选“显示在菜单中”，重启 Excel，在「开始 › 加载项 › 共享文件夹」中选择“工作要点台账”。
   Windows: put manifest.xml in a shared folder, add its network path under File › Options › Trust Center ›
   Trust Center Settings › Trusted Add-in Catalogs (tick “Show in Menu”), restart Excel, then Home › Add-ins ›
   SHARED FOLDER › Work-Points Tracker.
 • Mac：把 manifest.xml 复制到 ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/（没有 wef 文件夹就新建），
   重启 Excel，在「开始 › 加载项」中选择“工作要点台账”。
   Mac: copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ (create wef if missing),
   restart Excel, then Home › Add-ins › Work-Points Tracker.
 • 网页版 Excel：「开始 › 加载项 › 更多设置 › 上传我的加载项」，选择 manifest.xml。
   Excel on the web: Home › Add-ins › More Settings › Upload My Add-in, choose manifest.xml.
Excel 要求 HTTPS；若上面显示的是 http://，请在 Windows 或 Mac 上运行 npm start 以生成开发证书。
Excel needs HTTPS; if the URL above is http://, run npm start on Windows or a Mac, where dev certificates can be made.
按 Ctrl+C 停止 / Press Ctrl+C to stop.
──────────────────────────────────────────────────────────────
`);
}

if (canSideload && process.env.WP_NO_SIDELOAD !== '1') {
  // office-addin-debugging starts `npm run dev-server`, waits for port 3000, then sideloads the manifest.
  run(bin('office-addin-debugging'), ['start', 'manifest.xml', 'desktop', '--dev-server-port', '3000']);
} else {
  const child = run(bin('webpack'), ['serve', '--mode', 'development']);
  // Probe until the server answers, then tell the user where it is and how to sideload.
  const started = Date.now();
  const probe = async () => {
    for (const scheme of ['https', 'http']) {
      try {
        const mod = require(`node:${scheme}`);
        await new Promise((resolve, reject) => {
          const req = mod.get(
            `${scheme}://localhost:3000/taskpane.html`,
            { rejectUnauthorized: false },
            (res) => {
              res.resume();
              resolve();
            },
          );
          req.on('error', reject);
          req.setTimeout(2000, () => req.destroy(new Error('timeout')));
        });
        printSideloadSteps(`${scheme}://localhost:3000`);
        return;
      } catch {
        // not up yet on this scheme
      }
    }
    if (Date.now() - started < 180000 && child.exitCode === null) setTimeout(probe, 1000);
  };
  setTimeout(probe, 1500);
}
