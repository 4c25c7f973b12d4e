import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pageLabel, renderPdf, type PdfDocument } from './index.js';

/** Text of every page, extracted with a real PDF parser (pdfjs-dist, legacy build for Node). */
async function readPdf(pdf: Buffer): Promise<{ pages: string[]; sizes: Array<{ width: number; height: number }> }> {
  const doc = await getDocument({ data: new Uint8Array(pdf), verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  const sizes: Array<{ width: number; height: number }> = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
    const { width, height } = page.getViewport({ scale: 1 });
    sizes.push({ width, height });
  }
  await doc.destroy();
  return { pages, sizes };
}

/** Embedded font programs: BaseFont name and the (compressed) length of each FontFile2 stream. */
function embeddedFonts(pdf: Buffer): Array<{ baseFont: string; bytes: number }> {
  const raw = pdf.toString('latin1');
  const fonts: Array<{ baseFont: string; bytes: number }> = [];
  for (const m of raw.matchAll(/\/FontName \/([^\s/]+)[\s\S]*?\/FontFile2 (\d+) 0 R/g)) {
    const obj = new RegExp(`\\n${m[2]} 0 obj\\s*<<[\\s\\S]*?/Length (\\d+)`).exec(raw);
    fonts.push({ baseFont: m[1]!, bytes: Number(obj?.[1] ?? NaN) });
  }
  return fonts;
}

function fuelDocument(rowCount: number): PdfDocument {
  return {
    title: '2026年10月 百里油耗公示',
    subtitle: '舟山市机关事务管理中心',
    footer: '舟到e管家 · 公示期五个工作日',
    blocks: [
      { kind: 'heading', text: '一、基本信息' },
      { kind: 'fields', items: [{ label: '公示单位', value: '舟山市机关事务管理中心' }, { label: '统计月份', value: '2026-10' }, { label: '车辆数', value: String(rowCount) }] },
      { kind: 'paragraph', text: '现将本月公务用车百里油耗情况公示如下，如有异议请向车辆管理科反映。' },
      {
        kind: 'table',
        columns: [
          { key: 'plate', title: '车牌号', width: 90 },
          { key: 'dept', title: '使用部门' },
          { key: 'l100', title: '百里油耗', width: 70, align: 'right' },
          { key: 'note', title: '备注', width: 80 },
        ],
        // every 10th department name is long enough to wrap inside its cell
        rows: Array.from({ length: rowCount }, (_, i) => ({
          plate: `浙L·${10000 + i}`,
          dept: i % 10 === 0 ? '舟山市机关事务管理中心公务用车服务保障科（车辆调度与维修管理）' : '综合科',
          l100: (8 + (i % 30) / 10).toFixed(1),
          note: null,
        })),
      },
      { kind: 'signatures', parties: ['甲方', '乙方'] },
    ],
  };
}

describe('renderPdf', () => {
  it('renders Chinese title, fields, a 200-row table over several pages and signatures', async () => {
    const pdf = await renderPdf(fuelDocument(200));
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-1.')).toBe(true);
    expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);

    const { pages, sizes } = await readPdf(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const all = pages.join('\n');
    for (const text of ['百里油耗公示', '舟山市机关事务管理中心', '一、基本信息', '公示单位', '2026-10', '现将本月公务用车', '浙L·10000', '浙L·10199', '10.9', '甲方（盖章）', '乙方（盖章）', '代表人（签字）', '日期']) {
      expect(all, text).toContain(text);
    }
    // row i = 29 → 8 + 29/10 = 10.9; wrapped long cell text is still all there
    expect(all.replace(/\s/g, '')).toContain('公务用车服务保障科（车辆调度与维修管理）');
    pages.forEach((text, i) => {
      expect(text).toContain(pageLabel(i + 1, pages.length)); // 第 n 页 / 共 m 页
      expect(text).toContain('舟到e管家 · 公示期五个工作日');
      if (/浙L·1\d{4}/.test(text)) expect(text, `page ${i + 1} repeats the header`).toContain('车牌号');
    });
    // A4 portrait: 595.28 × 841.89 pt
    expect(Math.round(sizes[0]!.width)).toBe(595);
    expect(Math.round(sizes[0]!.height)).toBe(842);
  });

  it('embeds Noto Sans SC as a small subset, not the 10 MB font', async () => {
    const pdf = await renderPdf(fuelDocument(200));
    const fonts = embeddedFonts(pdf);
    expect(fonts.map((f) => f.baseFont.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular']);
    for (const font of fonts) {
      expect(font.baseFont).toMatch(/^[A-Z]{6}\+/); // subset tag
      expect(font.bytes).toBeGreaterThan(500);
      expect(font.bytes).toBeLessThan(100_000); // the source TTFs are ~10.5 MB each
    }
    expect(pdf.length).toBeLessThan(400_000);
    expect(pdf.toString('latin1')).not.toContain('/Helvetica');
  });

  it('prints 第 1 页 / 共 1 页 centred when there is no footer, and supports landscape', async () => {
    const pdf = await renderPdf({ title: '会议室使用通知', landscape: true, blocks: [{ kind: 'paragraph', text: '请各单位按时参会。' }] });
    const { pages, sizes } = await readPdf(pdf);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('第 1 页 / 共 1 页');
    expect(pages[0]).toContain('请各单位按时参会。');
    expect(sizes[0]!.width).toBeGreaterThan(sizes[0]!.height);
  });

  it('keeps going on awkward input: empty table, null cells, a cell taller than a page, many parties', async () => {
    const huge = '很长的备注'.repeat(1500); // 7,500 characters: taller than one page, clipped
    const pdf = await renderPdf({
      title: '分配使用凭证',
      blocks: [
        { kind: 'table', columns: [{ key: 'a', title: '房间' }], rows: [] },
        { kind: 'table', columns: [{ key: 'a', title: '房间', width: 2000 }, { key: 'b', title: '面积(m²)', align: 'center' }], rows: [{ a: '301', b: null }, { a: huge, b: 12.5 }, { a: '303', b: 20 }] },
        { kind: 'fields', items: [{ label: '备注', value: '' }] },
        { kind: 'signatures', parties: ['甲方', '乙方', '丙方', '丁方（签章）'] },
      ],
    });
    const { pages } = await readPdf(pdf);
    const all = pages.join('\n');
    for (const text of ['分配使用凭证', '301', '303', '12.5', '面积(m²)', '丙方（盖章）', '丁方（签章）']) expect(all, text).toContain(text);
    expect(all).not.toContain('丁方（签章）（盖章）');
  });

  it('renders 2,000 rows', async () => {
    const pdf = await renderPdf(fuelDocument(2000));
    const { pages } = await readPdf(pdf);
    expect(pages.length).toBeGreaterThan(40); // ~25 rows a page
    expect(pages.at(-1)).toContain(pageLabel(pages.length, pages.length));
    expect(pages.join('\n')).toContain('浙L·11999');
  });
});
