import { parseRange } from '../../domain/cells';

/** A block of a sheet to read: its sheet's position, first cell and size. */
export interface Box {
  sheet: number;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** Cells this far apart are read as separate blocks. */
const GAP = 64;

/**
 * Where the values of a huge used range are: the areas of its constants and
 * formulas (Range.getSpecialCellsOrNullObject, ExcelApi 1.9), gathered into a
 * few boxes. One stray value in XFD1048576 becomes a box of one cell.
 */
export async function contentBoxes(
  ctx: Excel.RequestContext,
  items: Excel.Worksheet[],
  large: Array<{ sheet: number; address: string }>,
): Promise<Box[]> {
  const asked = large.map(({ sheet, address }) => {
    const used = items[sheet]!.getRange(address);
    return {
      sheet,
      // Stryker disable next-line StringLiteral: load('') names no property, and Office.js then loads them all (OfficeExtension.LoadOption)
      kinds: [used.getSpecialCellsOrNullObject('Constants'), used.getSpecialCellsOrNullObject('Formulas')].map((r) => r.load('address')),
    };
  });
  await ctx.sync();
  return asked.flatMap(({ sheet, kinds }) =>
    cluster(
      kinds.flatMap((k) => (k.isNullObject ? [] : k.address.split(',').map(parseRange))),
      sheet,
    ),
  );
}

/** Rectangles near each other joined into their bounding boxes. */
function cluster(rects: Array<{ top: number; left: number; bottom: number; right: number }>, sheet: number): Box[] {
  const boxes = rects.map((r) => ({ ...r }));
  let merged = true;
  while (merged) {
    merged = false;
    // Stryker disable next-line EqualityOperator: at i = boxes.length the inner loop has no box to pair, so <= does what < does
    for (let i = 0; i < boxes.length && !merged; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (b.top > a.bottom + GAP || a.top > b.bottom + GAP || b.left > a.right + GAP || a.left > b.right + GAP) continue;
        boxes[i] = {
          top: Math.min(a.top, b.top),
          left: Math.min(a.left, b.left),
          bottom: Math.max(a.bottom, b.bottom),
          right: Math.max(a.right, b.right),
        };
        boxes.splice(j, 1);
        merged = true;
        break;
      }
    }
  }
  return boxes.map((b) => ({ sheet, top: b.top, left: b.left, rows: b.bottom - b.top + 1, cols: b.right - b.left + 1 }));
}
