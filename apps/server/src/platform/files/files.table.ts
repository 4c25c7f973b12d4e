import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, idColumn } from '../db/columns.js';

/**
 * Uploaded files (attachments, photos). The bytes live in a FileStore under `storage_key`
 * (never derived from user input); `owner_*` is null until the owning module attaches the file.
 * `mime`, `size_bytes` and `sha256` describe the stored bytes (after image re-encoding).
 */
export const files = pgTable('platform_file', {
  id: idColumn(),
  /** The registered use, e.g. 'org.person.photo', 'workflow.attachment'. */
  use: text('use').notNull(),
  ownerType: text('owner_type'),
  ownerId: uuid('owner_id'),
  originalName: text('original_name').notNull(),
  /** Sniffed from the content, never taken from the client. */
  mime: text('mime').notNull(),
  sizeBytes: bigint('size_bytes', { mode: 'number' }).notNull(),
  sha256: text('sha256').notNull(),
  storageKey: text('storage_key').notNull(),
  thumbnailKey: text('thumbnail_key'),
  width: integer('width'),
  height: integer('height'),
  uploadedBy: uuid('uploaded_by'),
  attachedAt: timestamp('attached_at', { withTimezone: true, mode: 'date' }),
  createdAt: createdAt(),
}, (t) => [
  index('platform_file_owner_idx').on(t.ownerType, t.ownerId),
  index('platform_file_uploaded_by_idx').on(t.uploadedBy),
  index('platform_file_use_idx').on(t.use),
  index('platform_file_unattached_idx').on(t.createdAt).where(sql`owner_id is null`),
]);

export type FileRow = typeof files.$inferSelect;
