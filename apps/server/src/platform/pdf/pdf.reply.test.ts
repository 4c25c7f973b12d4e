import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfContentDisposition, renderPdf, sendPdf } from './index.js';

describe('sendPdf', () => {
  const app = Fastify();
  afterAll(() => app.close());

  it('sends application/pdf with a UTF-8 (RFC 5987) Chinese file name and no caching', async () => {
    const pdf = await renderPdf({ title: '使用协议', blocks: [{ kind: 'signatures', parties: ['甲方', '乙方'] }] });
    app.get('/agreement', (_req, reply) => sendPdf(reply, '2026年 使用协议(第1号)', pdf));
    const res = await app.inject({ method: 'GET', url: '/agreement' });

    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('no-store, max-age=0');
    expect(res.headers['content-length']).toBe(String(pdf.length));
    expect(res.rawPayload.equals(pdf)).toBe(true);

    const disposition = String(res.headers['content-disposition']);
    // 年 = E5 B9 B4; space = %20; ( ) are not RFC 5987 attr-chars → %28 %29
    expect(disposition).toBe(
      `attachment; filename="2026_ ____(_1_).pdf"; filename*=UTF-8''2026%E5%B9%B4%20%E4%BD%BF%E7%94%A8%E5%8D%8F%E8%AE%AE%28%E7%AC%AC1%E5%8F%B7%29.pdf`,
    );
    const star = /filename\*=UTF-8''(.+)$/.exec(disposition)![1]!;
    expect(star).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/); // only attr-char or %XX
    expect(decodeURIComponent(star)).toBe('2026年 使用协议(第1号).pdf');
  });

  it('keeps header-breaking characters out of the fallback and the encoded name', () => {
    expect(pdfContentDisposition('a"b;c%d\r\ne/f.PDF')).toBe(`attachment; filename="a_b_c_d__e_f.PDF"; filename*=UTF-8''a%22b%3Bc%25d__e_f.PDF`);
    expect(pdfContentDisposition('  ')).toBe(`attachment; filename="document.pdf"; filename*=UTF-8''document.pdf`);
  });
});
