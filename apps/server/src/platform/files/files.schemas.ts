import { z } from 'zod';

export const fileUseQuery = z.object({
  use: z.string().min(1).max(100).meta({ description: '文件用途，如 org.person.photo / The registered use' }),
});

export const downloadQuery = z.object({
  download: z.enum(['0', '1']).optional().meta({ description: '1 = 总是作为附件下载 / always as an attachment' }),
});

export const fileMeta = z.object({
  id: z.uuid(),
  use: z.string(),
  name: z.string(),
  mime: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  hasThumbnail: z.boolean(),
  createdAt: z.date(),
}).meta({ id: 'FileMeta' });

export type FileMeta = z.infer<typeof fileMeta>;
