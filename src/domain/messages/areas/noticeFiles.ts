/** Messages of reading notices from Word (.docx) and PDF files (src/documents). */

/** Simplified Chinese. */
export const zh = {
  'document.docx-unreadable':
    '无法读取 Word 文件“{file}”：{reason}。请确认它是 .docx 格式（旧的 .doc 请先另存为 .docx）。',
  'document.pdf-unreadable': '无法读取 PDF 文件“{file}”：{reason}。',
  'document.pdf-no-text':
    'PDF 文件“{file}”没有文字层（可能是扫描件或图片），无法读取其中的文字。请改用 Word 原件、可复制文字的 PDF，或把通知文字粘贴进来。',
  'document.empty': '文件“{file}”中没有文字。',
  'document.doc-legacy':
    '“{file}”是旧版 Word（.doc）文件，无法直接读取。请在 Word 或 WPS 中另存为 .docx 后再打开。',
} as const;

/** English, key for key. */
export const en: Record<keyof typeof zh, string> = {
  'document.docx-unreadable':
    'The Word file “{file}” could not be read: {reason}. Make sure it is a .docx file (save an old .doc as .docx first).',
  'document.pdf-unreadable': 'The PDF file “{file}” could not be read: {reason}.',
  'document.pdf-no-text':
    'The PDF file “{file}” has no text layer (it may be a scan or an image), so its text cannot be read. Use the Word original, a PDF whose text can be copied, or paste the notice text.',
  'document.empty': 'The file “{file}” contains no text.',
  'document.doc-legacy':
    '“{file}” is an old Word (.doc) file, which cannot be read directly. Save it as .docx in Word or WPS, then open it.',
};
