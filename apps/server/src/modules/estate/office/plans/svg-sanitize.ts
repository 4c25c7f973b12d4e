/**
 * Floor-plan SVG sanitiser: parses the markup into tags and text and writes back only whitelisted
 * elements and attributes. No scripts, event handlers, styles, foreign objects, entities or external
 * references survive: `href` only to '#local' ids, `url(#local)` only. Pure; unit-tested.
 */
export class SvgRejected extends Error {
  constructor(readonly reason: string) { super(reason); }
}

const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'title', 'desc', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path', 'text', 'tspan', 'use', 'symbol',
  'clipPath', 'linearGradient', 'radialGradient', 'stop', 'marker',
]);
const ATTRIBUTES = new Set([
  'id', 'class', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'd', 'points', 'transform', 'viewBox',
  'preserveAspectRatio', 'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap',
  'stroke-linejoin', 'opacity', 'font-size', 'font-family', 'font-weight', 'text-anchor', 'dominant-baseline', 'dx', 'dy', 'letter-spacing',
  'offset', 'stop-color', 'stop-opacity', 'gradientUnits', 'gradientTransform', 'clip-path', 'clip-rule', 'href', 'xlink:href', 'xmlns',
  'xmlns:xlink', 'version', 'vector-effect', 'visibility', 'display', 'marker-start', 'marker-end', 'refX', 'refY', 'markerWidth',
  'markerHeight', 'orient', 'data-room', 'data-name',
]);
/** Text is kept only inside these. */
const TEXT_PARENTS = new Set(['title', 'desc', 'text', 'tspan']);
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[\s\S]*?\?>|<\/\s*([A-Za-z][\w:.-]*)\s*>|<([A-Za-z][\w:.-]*)((?:\s+[^\s=/<>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*(\/?)>|([^<]+)|(<)/g;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/g;

const escapeText = (v: string) => v.replace(/&(?!(?:amp|lt|gt|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (v: string) => escapeText(v).replace(/"/g, '&quot;');
/** Entity-decoded view of a value, to check what a browser would see (e.g. &#106;avascript:). */
const decoded = (v: string) => v.replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d))).replace(/&colon;/gi, ':').replace(/\s+/g, '').toLowerCase();

function safeValue(name: string, value: string): boolean {
  const v = decoded(value);
  if (/javascript:|vbscript:|data:|expression\(|@import/.test(v)) return false;
  if (name === 'href' || name === 'xlink:href') return /^#[\w.:-]+$/.test(value.trim());
  const urls = v.match(/url\(([^)]*)\)/g) ?? [];
  return urls.every((u) => /^url\(['"]?#[\w.:-]+['"]?\)$/.test(u));
}

export interface SanitizedSvg { svg: string; width: number | null; height: number | null; ids: string[] }

export function sanitizeSvg(input: string, maxBytes = 2 * 1024 * 1024): SanitizedSvg {
  if (Buffer.byteLength(input, 'utf8') > maxBytes) throw new SvgRejected('too-large');
  if (/<!DOCTYPE|<!ENTITY/i.test(input)) throw new SvgRejected('doctype');
  const out: string[] = [];
  const stack: string[] = [];
  let skip = 0;
  let root: Record<string, string> | null = null;
  const ids: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(input); m; m = TOKEN.exec(input)) {
    const [, close, open, attrs = '', selfClose, text, stray] = m;
    if (stray) throw new SvgRejected('malformed');
    if (text !== undefined) {
      if (!skip && TEXT_PARENTS.has(stack[stack.length - 1] ?? '')) out.push(escapeText(text));
      continue;
    }
    if (close) {
      const top = stack.pop();
      if (top !== close) throw new SvgRejected('malformed');
      if (skip) { skip -= 1; continue; }
      out.push(`</${close}>`);
      continue;
    }
    if (!open) continue; // comments, CDATA, processing instructions, declarations: dropped
    const allowed = ELEMENTS.has(open) && !skip;
    if (!root && open !== 'svg') throw new SvgRejected('not-svg');
    if (!allowed) {
      if (!selfClose) { stack.push(open); skip += 1; }
      continue;
    }
    const kept: string[] = [];
    const seen: Record<string, string> = {};
    ATTR.lastIndex = 0;
    for (let a = ATTR.exec(attrs); a; a = ATTR.exec(attrs)) {
      const name = a[1]!;
      const value = a[2] ?? a[3] ?? '';
      if (!ATTRIBUTES.has(name) || name in seen || !safeValue(name, value)) continue;
      seen[name] = value;
      kept.push(`${name}="${escapeAttr(value)}"`);
    }
    if (open === 'svg' && !root) root = seen;
    if (seen.id) ids.push(seen.id);
    out.push(`<${open}${kept.length ? ` ${kept.join(' ')}` : ''}${selfClose ? '/' : ''}>`);
    if (!selfClose) stack.push(open);
  }
  if (!root) throw new SvgRejected('not-svg');
  if (stack.length) throw new SvgRejected('malformed');
  const vb = (root.viewBox ?? '').trim().split(/[\s,]+/).map(Number);
  const size = (v?: string) => (v && /^\d+(\.\d+)?(px)?$/.test(v.trim()) ? Math.round(parseFloat(v)) : null);
  const width = vb.length === 4 && vb.every(Number.isFinite) ? Math.round(vb[2]!) : size(root.width);
  const height = vb.length === 4 && vb.every(Number.isFinite) ? Math.round(vb[3]!) : size(root.height);
  return { svg: out.join(''), width, height, ids };
}
