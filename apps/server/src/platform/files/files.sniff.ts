import fs from 'node:fs';
import path from 'node:path';
import { fileTypeFromFile } from 'file-type';
import { AppError } from '../http/errors.js';

/** File-name extensions that may stand for each sniffed type. */
const EXTENSIONS: Record<string, readonly string[]> = {
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/gif': ['gif'],
  'image/tiff': ['tif', 'tiff'],
  'image/avif': ['avif'],
  'image/heic': ['heic', 'heif'],
  'application/pdf': ['pdf'],
  'application/zip': ['zip'],
  'application/x-rar-compressed': ['rar'],
  'application/x-7z-compressed': ['7z'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/msword': ['doc'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.ms-powerpoint': ['ppt'],
  'application/ofd': ['ofd'],
  'text/plain': ['txt'],
  'text/csv': ['csv'],
};
/** Legacy Office files are all one container format (CFB); the extension says which. */
const CFB_BY_EXT: Record<string, string> = { doc: 'application/msword', xls: 'application/vnd.ms-excel', ppt: 'application/vnd.ms-powerpoint' };

export const extensionsOf = (mime: string): readonly string[] => EXTENSIONS[mime] ?? [];
/** A short name of a type for messages: PNG, JPG, PDF, DOCX… */
export const labelOf = (mime: string): string => (extensionsOf(mime)[0] ?? mime.split('/')[1] ?? mime).toUpperCase();

export const extOf = (name: string): string => path.extname(name).slice(1).toLowerCase();

async function isUtf8Text(file: string): Promise<boolean> {
  const data = await fs.promises.readFile(file);
  if (data.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}

const unsupported = (detected: string, allowed: readonly string[]) => new AppError(415, 'UNSUPPORTED_FILE_TYPE',
  `不支持的文件类型：文件内容为 ${detected}，此处只接受 ${allowed.map(labelOf).join('、')}`,
  `Unsupported file type: the content is ${detected}; accepted here: ${allowed.map(labelOf).join(', ')}`,
  undefined, { detected, allowed: [...allowed] });

/**
 * The MIME type of an uploaded file from its content (file-type), never from the client's
 * header or name. 415 when the content is not an allowed type; 400 when the name's extension
 * says another type than the content.
 */
export async function sniff(file: string, clientName: string, allowed: readonly string[]): Promise<{ mime: string; ext: string }> {
  const ext = extOf(clientName);
  const found = await fileTypeFromFile(file);
  let mime: string;
  if (!found) {
    const textTypes = allowed.filter((m) => m === 'text/plain' || m === 'text/csv');
    if (textTypes.length === 0 || !(await isUtf8Text(file))) throw unsupported('未知格式 / unknown', allowed);
    mime = ext === 'csv' && textTypes.includes('text/csv') ? 'text/csv' : textTypes.includes('text/plain') ? 'text/plain' : 'text/csv';
  } else if (found.mime === 'application/x-cfb' && CFB_BY_EXT[ext]) {
    mime = CFB_BY_EXT[ext]!;
  } else {
    mime = found.mime;
  }
  if (!allowed.includes(mime)) throw unsupported(found ? found.ext.toUpperCase() : labelOf(mime), allowed);
  const known = extensionsOf(mime).length ? extensionsOf(mime) : [found?.ext ?? ''];
  if (ext && !known.includes(ext)) {
    throw new AppError(400, 'FILE_TYPE_MISMATCH',
      `文件扩展名“.${ext}”与文件实际内容（${labelOf(mime)}）不符，请确认文件后重新上传`,
      `The file name says .${ext} but the content is ${labelOf(mime)}`, undefined, { extension: ext, detected: mime });
  }
  return { mime, ext: known[0]! };
}
