import sharp from 'sharp';
import { AppError } from '../http/errors.js';
import type { ImageRule } from './files.uses.js';

// why: uploads are processed once; libvips' operation cache only holds memory here.
sharp.cache(false);

/** Decompression-bomb guard: images above this many pixels are refused before decoding. */
export const MAX_INPUT_PIXELS = 40_000_000;

export interface ReencodedImage {
  data: Buffer;
  mime: string;
  ext: string;
  width: number;
  height: number;
  thumbnail: Buffer;
  thumbnailMime: 'image/webp';
}

/** PNG and WebP keep their format (transparency); everything else becomes JPEG. */
function outputOf(mime: string): { format: 'png' | 'webp' | 'jpeg'; mime: string; ext: string } {
  if (mime === 'image/png' || mime === 'image/gif') return { format: 'png', mime: 'image/png', ext: 'png' };
  if (mime === 'image/webp') return { format: 'webp', mime: 'image/webp', ext: 'webp' };
  return { format: 'jpeg', mime: 'image/jpeg', ext: 'jpg' };
}

/**
 * Decodes and re-encodes an uploaded image: turned upright by its EXIF orientation, shrunk to
 * fit `maxEdge`, written without any metadata (EXIF, GPS, XMP, comments are dropped), plus a
 * WebP thumbnail fitting `thumbEdge`. Whatever was hidden in the original file is not kept.
 */
export async function reencodeImage(file: string, mime: string, rule: ImageRule): Promise<ReencodedImage> {
  const out = outputOf(mime);
  try {
    const img = sharp(file, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' }).rotate()
      .resize({ width: rule.maxEdge, height: rule.maxEdge, fit: 'inside', withoutEnlargement: true });
    const encoded = out.format === 'jpeg' ? img.flatten({ background: '#ffffff' }).jpeg({ quality: 85, mozjpeg: true })
      : out.format === 'png' ? img.png({ compressionLevel: 9 }) : img.webp({ quality: 85 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    const thumbnail = await sharp(data).resize({ width: rule.thumbEdge, height: rule.thumbEdge, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 80 }).toBuffer();
    return { data, mime: out.mime, ext: out.ext, width: info.width, height: info.height, thumbnail, thumbnailMime: 'image/webp' };
  } catch (e) {
    const msg = (e as Error).message ?? '';
    if (/pixel limit/i.test(msg)) {
      throw new AppError(400, 'IMAGE_TOO_LARGE', `图片像素过多（上限 ${MAX_INPUT_PIXELS / 1_000_000} 百万像素）`,
        `The image has too many pixels (limit ${MAX_INPUT_PIXELS / 1_000_000} megapixels)`, undefined, { maxPixels: MAX_INPUT_PIXELS });
    }
    throw new AppError(400, 'IMAGE_UNREADABLE', '图片已损坏或无法解析，请换一张图片', 'The image is damaged or cannot be decoded');
  }
}
