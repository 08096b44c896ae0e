/**
 * Text on a canvas for the PNG export: word wrapping to a width, and blocks of wrapped lines drawn
 * at a line height. Text is drawn with fillText, never parsed, so untrusted titles stay text.
 */

export interface TextStyle {
  font: string;
  color: string;
  /** Line height in px. */
  lineHeight: number;
}

/**
 * Lines of `text` that fit `maxWidth` with the context's current font; a word longer than the
 * width gets a line of its own (and may overflow it).
 */
export function wrapLines(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(candidate).width > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A wrapped block measured for a width: its lines and total height. */
export interface TextBlock {
  lines: string[];
  style: TextStyle;
  height: number;
}

export function measureBlock(ctx: CanvasRenderingContext2D, text: string, style: TextStyle, maxWidth: number): TextBlock {
  ctx.font = style.font;
  const lines = text ? wrapLines(ctx, text, maxWidth) : [];
  return { lines, style, height: lines.length * style.lineHeight };
}

/** Draws a measured block with its top-left corner at (x, y); returns the y below it. */
export function drawBlock(ctx: CanvasRenderingContext2D, block: TextBlock, x: number, y: number): number {
  ctx.font = block.style.font;
  ctx.fillStyle = block.style.color;
  ctx.textBaseline = 'middle';
  block.lines.forEach((line, i) => ctx.fillText(line, x, y + block.style.lineHeight * (i + 0.5)));
  return y + block.height;
}
