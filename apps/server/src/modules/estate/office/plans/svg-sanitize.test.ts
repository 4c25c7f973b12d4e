import { describe, expect, it } from 'vitest';
import { sanitizeSvg, SvgRejected } from './svg-sanitize.js';

const reason = (f: () => unknown) => { try { f(); return null; } catch (e) { return e instanceof SvgRejected ? e.reason : String(e); } };

describe('floor-plan SVG sanitiser', () => {
  it('keeps drawing elements, ids and the viewBox size', () => {
    const r = sanitizeSvg('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600"><g id="rooms"><rect id="room-101" x="10" y="10" width="100" height="80" fill="#eee"/><text x="20" y="40">101 办公室</text></g></svg>');
    expect(r.svg).toBe('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600"><g id="rooms"><rect id="room-101" x="10" y="10" width="100" height="80" fill="#eee"/><text x="20" y="40">101 办公室</text></g></svg>');
    expect(r).toMatchObject({ width: 800, height: 600, ids: ['rooms', 'room-101'] });
  });

  it('drops scripts, handlers, foreign objects, styles and external references', () => {
    const r = sanitizeSvg(`<svg width="100" height="50"><script>alert(1)</script><rect onclick="alert(1)" width="1" height="1" style="fill:url(http://x)"/>
      <foreignObject><div>x</div><rect/></foreignObject><style>@import url(http://evil)</style>
      <use href="http://evil/x.svg#a"/><use xlink:href="#local"/><image href="http://evil/a.png"/>
      <rect fill="url(http://evil/#g)" stroke="url(#grad)"/><a href="javascript:alert(1)"><text>t</text></a><path d="M0 0" fill="&#106;avascript:x"/></svg>`);
    expect(r.svg).not.toMatch(/script|onclick|style|foreignObject|http|image|javascript|<a|alert/i);
    expect(r.svg).toContain('<use xlink:href="#local"/>');
    expect(r.svg).toContain('stroke="url(#grad)"');
    expect(r).toMatchObject({ width: 100, height: 50 });
  });

  it('rejects entities, non-SVG documents and malformed markup', () => {
    expect(reason(() => sanitizeSvg('<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg>&x;</svg>'))).toBe('doctype');
    expect(reason(() => sanitizeSvg('<html><svg></svg></html>'))).toBe('not-svg');
    expect(reason(() => sanitizeSvg('<svg><g></svg>'))).toBe('malformed');
    expect(reason(() => sanitizeSvg('<svg><rect x="1" < /></svg>'))).toBe('malformed');
    expect(reason(() => sanitizeSvg('x'.repeat(100), 10))).toBe('too-large');
  });

  it('escapes text and attribute values', () => {
    expect(sanitizeSvg('<svg><text data-name="a&amp;b">1 &lt; 2 & 3</text></svg>').svg).toBe('<svg><text data-name="a&amp;b">1 &lt; 2 &amp; 3</text></svg>');
  });
});
