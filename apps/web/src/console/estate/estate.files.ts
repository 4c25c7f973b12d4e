import i18n from 'i18next';
import { http } from '../../shared/api';

/** A file attached to an estate record, as the server lists it (platform files meta, plus the transfer document kind). */
export interface AttachedFile { id: string; name: string; mime: string; sizeBytes: number; hasThumbnail?: boolean; kind?: string }

/** What one file use accepts — the same limits the server registers (platform/files uses), checked here first for a clear message. */
export interface FileRule { use: string; exts: readonly string[]; maxMb: number; accept: string; types: string }

export const FILE_RULES = {
  /** 现场照片: estate.inspection.photo (re-encoded and thumbnailed by the server). */
  photo: { use: 'estate.inspection.photo', exts: ['jpg', 'jpeg', 'png', 'webp'], maxMb: 15, accept: '.jpg,.jpeg,.png,.webp', types: 'JPG、PNG、WebP' },
  /** 整改材料: estate.inspection.report. */
  report: { use: 'estate.inspection.report', exts: ['jpg', 'jpeg', 'png', 'webp', 'pdf'], maxMb: 20, accept: '.jpg,.jpeg,.png,.webp,.pdf', types: 'JPG、PNG、WebP、PDF' },
  /** 划转文件: estate.transfer.document. */
  transferDoc: { use: 'estate.transfer.document', exts: ['pdf', 'jpg', 'jpeg', 'png', 'docx'], maxMb: 20, accept: '.pdf,.jpg,.jpeg,.png,.docx', types: 'PDF、JPG、PNG、Word（.docx）' },
} as const satisfies Record<string, FileRule>;

export const fileUrl = (id: string, download = false) => `/api/v1/files/${id}${download ? '?download=1' : ''}`;
export const thumbUrl = (id: string) => `/api/v1/files/${id}/thumbnail`;
export const isImage = (f: Pick<AttachedFile, 'mime'>) => f.mime.startsWith('image/');

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${bytes} B`;
}

/** Why this file cannot be uploaded for the rule (type by extension, size, emptiness), or null. The server checks the content again. */
export function fileProblem(file: Pick<File, 'name' | 'size'>, rule: FileRule): string | null {
  const ext = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
  if (!rule.exts.includes(ext)) return i18n.t('estate.files.badType', { name: file.name, types: rule.types });
  if (file.size === 0) return i18n.t('estate.files.empty', { name: file.name });
  if (file.size > rule.maxMb * 1024 * 1024) return i18n.t('estate.files.tooLarge', { name: file.name, size: formatSize(file.size), max: rule.maxMb });
  return null;
}

/** Uploads one file for a use (multipart, through the shared client for the session's CSRF header); returns its id. */
export async function uploadFile(use: string, file: File): Promise<string> {
  const form = new FormData();
  form.append('file', file, file.name);
  // why a Blob: the shared client adds the CSRF header to Blob bodies; the boundary comes with the type.
  const multipart = new Response(form);
  const contentType = multipart.headers.get('content-type') ?? 'multipart/form-data';
  const { id } = await http<{ id: string }>('POST', '/api/v1/files', { query: { use }, body: await multipart.blob(), contentType });
  return id;
}
