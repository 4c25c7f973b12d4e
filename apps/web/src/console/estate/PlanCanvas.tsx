import { useQuery } from '@tanstack/react-query';
import { memo, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { centroid, colourOf, isOver, sanitiseSvg, schematic, type ColourMode } from './plan.api';
import type { FloorPlan, PlanRoom, Point } from './types';

export interface PlanCanvasProps {
  plan: FloorPlan;
  mode: ColourMode;
  selectedId: string | null;
  onSelect(room: PlanRoom): void;
  /** Outline drawing: the points so far; clicks add points instead of selecting. */
  drawing?: Point[] | null;
  onAddPoint?(p: Point): void;
  /** Called on the first frame after a plan's rooms are on screen. */
  onRendered?(): void;
}

/**
 * The floor plan as one plain SVG: the uploaded SVG (sanitised, inline, rooms coloured by element id)
 * or the uploaded image, then one polygon + one label per room. No per-room components, so a floor
 * with hundreds of rooms renders in one pass.
 */
export const PlanCanvas = memo(function PlanCanvas({ plan, mode, selectedId, onSelect, drawing, onAddPoint, onRendered }: PlanCanvasProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const svgFile = useQuery({
    queryKey: ['estate-plan-svg', plan.planUrl],
    queryFn: async () => sanitiseSvg(await (await fetch(plan.planUrl!, { credentials: 'same-origin' })).text()),
    enabled: plan.planKind === 'svg' && !!plan.planUrl,
    staleTime: Infinity,
  });
  const inline = svgFile.data ?? null;
  const { shapes, width, height, baseW, baseH } = useMemo(() => {
    const drawn = plan.rooms.filter((r) => r.outline && r.outline.length >= 3);
    let maxX = 0;
    let maxY = 0;
    for (const r of drawn) for (const [x, y] of r.outline!) {
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
    const fileW = plan.width ?? inline?.width ?? null;
    const fileH = plan.height ?? inline?.height ?? 0;
    const w = fileW ?? Math.max(maxX + 20, 1000);
    const inSvg = new Set(inline ? plan.rooms.filter((r) => r.svgElementId).map((r) => r.id) : []);
    const loose = plan.rooms.filter((r) => !(r.outline && r.outline.length >= 3) && !inSvg.has(r.id));
    const top = Math.max(fileH, drawn.length ? maxY : 0) > 0 ? Math.max(fileH, maxY) + 24 : 0;
    const grid = schematic(loose, w, top);
    const all = [...drawn.map((r) => [r, r.outline!] as const), ...loose.map((r) => [r, grid.get(r.id)!] as const)];
    const rows = Math.ceil(loose.length / Math.max(1, Math.floor(w / 100)));
    const gridBottom = loose.length ? top + rows * 70 + 8 : 0;
    return { shapes: all, width: w, height: Math.max(gridBottom, fileH, drawn.length ? maxY + 20 : 0, fileH ? 0 : 200), baseW: w, baseH: fileH };
  }, [plan.rooms, plan.width, plan.height, inline]);

  const byElement = useMemo(() => new Map(plan.rooms.filter((r) => r.svgElementId).map((r) => [r.svgElementId!, r])), [plan.rooms]);
  const byId = useMemo(() => new Map(plan.rooms.map((r) => [r.id, r])), [plan.rooms]);
  const svgStyle = useMemo(() => {
    if (!inline) return '';
    return plan.rooms.filter((r) => r.svgElementId).map((r) => {
      const sel = `#${CSS.escape(r.svgElementId!)}`;
      const stroke = r.id === selectedId ? 'stroke:#1565c0;stroke-width:4;' : '';
      return `${sel},${sel} *{fill:${colourOf(r, mode)};fill-opacity:.75;cursor:pointer;${stroke}}`;
    }).join('\n');
  }, [inline, plan.rooms, mode, selectedId]);

  // Labels of the rooms the uploaded SVG draws: at the centre of each element's box, measured once it is in the DOM.
  const [svgLabels, setSvgLabels] = useState<{ id: string; number: string; x: number; y: number }[]>([]);
  useLayoutEffect(() => {
    const root = svgRef.current;
    if (!inline || !root) return setSvgLabels([]);
    const out: { id: string; number: string; x: number; y: number }[] = [];
    for (const r of plan.rooms) {
      if (!r.svgElementId || (r.outline && r.outline.length >= 3)) continue;
      const el = root.querySelector(`#${CSS.escape(r.svgElementId)}`);
      if (el instanceof SVGGraphicsElement) {
        const b = el.getBBox();
        out.push({ id: r.id, number: r.number, x: b.x + b.width / 2, y: b.y + b.height / 2 });
      }
    }
    setSvgLabels(out);
  }, [inline, plan.rooms]);

  useLayoutEffect(() => {
    if (!onRendered) return;
    const h = requestAnimationFrame(() => onRendered());
    return () => cancelAnimationFrame(h);
  }, [plan, onRendered]);

  const click = (e: MouseEvent<SVGSVGElement>) => {
    if (drawing && onAddPoint && svgRef.current) {
      const ctm = svgRef.current.getScreenCTM();
      if (!ctm) return;
      const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
      onAddPoint([Math.round(p.x * 10) / 10, Math.round(p.y * 10) / 10]);
      return;
    }
    for (let el = e.target as Element | null; el && el !== svgRef.current; el = el.parentElement) {
      const roomId = el.getAttribute('data-room');
      const room = roomId ? byId.get(roomId) : el.id ? byElement.get(el.id) : undefined;
      if (room) return onSelect(room);
    }
  };

  return (
    <svg ref={svgRef} viewBox={`0 0 ${width} ${height}`} className="zd-plan" data-testid="estate-plan-svg" data-rooms={plan.rooms.length}
      style={{ width: '100%', height: 'auto', background: '#fafbfc', cursor: drawing ? 'crosshair' : 'default', userSelect: 'none' }} onClick={click}>
      {inline && <style>{svgStyle}</style>}
      {inline && <g dangerouslySetInnerHTML={{ __html: inline.markup.replace(/^<svg/, `<svg x="0" y="0" width="${baseW}" height="${baseH}"`) }} />}
      {plan.planKind === 'image' && plan.planUrl && <image href={plan.planUrl} x={0} y={0} width={baseW} height={baseH} preserveAspectRatio="none" />}
      <g>
        {shapes.map(([r, pts]) => {
          const [cx, cy] = centroid(pts);
          const sel = r.id === selectedId;
          return (
            <g key={r.id} data-room={r.id} data-testid={`plan-room-${r.number}`} data-over={isOver(r) ? '1' : undefined} style={{ cursor: 'pointer' }}>
              <polygon points={pts.map((p) => p.join(',')).join(' ')} fill={colourOf(r, mode)} fillOpacity={plan.planKind ? 0.6 : 0.85}
                stroke={sel ? '#0b3d91' : '#ffffff'} strokeWidth={sel ? 4 : 1.5} />
              <text x={cx} y={cy} textAnchor="middle" dominantBaseline="middle" fontSize={14} fill="#1f1f1f" pointerEvents="none">{r.number}</text>
            </g>
          );
        })}
      </g>
      <g pointerEvents="none">
        {svgLabels.map((l) => <text key={l.id} x={l.x} y={l.y} textAnchor="middle" dominantBaseline="middle" fontSize={14} fill="#1f1f1f" data-testid={`plan-label-${l.number}`}>{l.number}</text>)}
      </g>
      {drawing && drawing.length > 0 && (
        <g pointerEvents="none" data-testid="estate-plan-drawing">
          <polyline points={[...drawing, drawing[0]!].map((p) => p.join(',')).join(' ')} fill="rgba(21,101,192,.15)" stroke="#1565c0" strokeWidth={2} strokeDasharray="6 4" />
          {drawing.map((p, i) => <circle key={i} cx={p[0]} cy={p[1]} r={5} fill="#1565c0" />)}
        </g>
      )}
    </svg>
  );
});
