/**
 * Messages about the files the CLI reads and writes: plain Chinese naming the file the user gave, never the
 * system's error code, never our temp file's name. Also the CLI's last-line-of-defence sentence.
 */

/** Simplified Chinese. */
export const zh = {
  'files.read.missing': '无法读取文件“{file}”：文件不存在。',
  'files.read.folder': '无法读取文件“{file}”：这是一个文件夹，不是文件。',
  'files.read.denied': '无法读取文件“{file}”：没有读取权限。',
  'files.read.failed': '无法读取文件“{file}”，请确认文件存在且可以打开。',
  'files.write.noFolder': '无法写入“{file}”：文件夹“{folder}”不存在，请先建立该文件夹或换一个位置。',
  'files.write.readOnly':
    '无法写入“{file}”：没有写入权限（文件或所在文件夹是只读的），请换一个位置或请管理员开放写入权限。',
  'files.write.isFolder': '无法写入“{file}”：这是一个文件夹，请给出文件夹里的文件名。',
  'files.write.diskFull': '无法写入“{file}”：磁盘空间不足，请腾出空间后重试。原文件没有改动。',
  'files.write.busy': '无法写入“{file}”：文件正被其他程序（例如 Excel 或 WPS）打开，请关闭后重试。',
  'files.write.failed': '无法写入“{file}”，原文件没有改动。请确认文件夹存在、可以写入且磁盘有空间。',
  'files.write.interrupted': '已中断：没有写入“{file}”，原文件没有改动。',
  'files.target.isInput':
    '{flag} 给出的“{file}”与输入文件“{input}”是同一个文件（另一种写法、快捷方式或链接）。输入文件不会被改写，请另给一个文件名。',
  'files.out.exists':
    '“{file}”已存在，没有覆盖。确需覆盖请加 --force；要把工作要点导入这个台账并保留填报，请用 --into “{file}”。',
  'files.out.filledLedger':
    '“{file}”是已有填报的台账，即使加了 --force 也不会覆盖它。要导入工作要点并保留填报，请用 --into “{file}”。',
  'files.unexpected': '处理失败：程序内部出错，输入文件没有被改动。请把所用的命令和文件发给技术支持人员。',
  'files.folder.cannotCreate': '无法建立文件夹“{folder}”：{reason}',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'files.read.missing': 'Cannot read “{file}”: the file does not exist.',
  'files.read.folder': 'Cannot read “{file}”: it is a folder, not a file.',
  'files.read.denied': 'Cannot read “{file}”: permission denied.',
  'files.read.failed': 'Cannot read “{file}”; check that the file exists and can be opened.',
  'files.write.noFolder':
    'Cannot write “{file}”: the folder “{folder}” does not exist; create it first or choose another place.',
  'files.write.readOnly':
    'Cannot write “{file}”: no write permission (the file or its folder is read-only); choose another place or ask an administrator.',
  'files.write.isFolder': 'Cannot write “{file}”: it is a folder; give the name of a file inside it.',
  'files.write.diskFull':
    'Cannot write “{file}”: the disk is full; free some space and try again. The original file is unchanged.',
  'files.write.busy':
    'Cannot write “{file}”: another program (such as Excel or WPS) has it open; close it and try again.',
  'files.write.failed':
    'Cannot write “{file}”; the original file is unchanged. Check that the folder exists, is writable and the disk has space.',
  'files.write.interrupted': 'Interrupted: “{file}” was not written; the original file is unchanged.',
  'files.target.isInput':
    '{flag} “{file}” is the same file as the input “{input}” (another spelling, a shortcut or a link). Inputs are never overwritten; give another file name.',
  'files.out.exists':
    '“{file}” already exists and was not overwritten. Add --force to overwrite it, or use --into “{file}” to load the work points into that ledger keeping its entries.',
  'files.out.filledLedger':
    '“{file}” is a ledger that already holds entries; --force does not overwrite it. Use --into “{file}” to load the work points keeping the entries.',
  'files.unexpected':
    'Failed: an internal error occurred; the input files are unchanged. Please send the command and the files to your support staff.',
  'files.folder.cannotCreate': 'Cannot create the folder “{folder}”: {reason}',
};
