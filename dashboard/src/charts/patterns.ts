/**
 * Fill patterns so colour is never the only cue (and bars stay distinct when printed in grey):
 * diagonal stripes of a colour over a lighter tint of it.
 */

const cache = new Map<string, CanvasPattern | string>();

export function stripes(color: string, background: string): CanvasPattern | string {
  const key = `${color}|${background}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const size = 8 * (window.devicePixelRatio > 1 ? 2 : 1);
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = color;
  ctx.lineWidth = size / 3;
  ctx.beginPath();
  for (const offset of [-size, 0, size]) {
    ctx.moveTo(offset, size);
    ctx.lineTo(offset + size, 0);
  }
  ctx.stroke();
  const pattern = ctx.createPattern(tile, 'repeat') ?? color;
  cache.set(key, pattern);
  return pattern;
}
