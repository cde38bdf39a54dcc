import { gridWidth } from '../cells';
import type { Scalar, SheetSnapshot } from '../schema/snapshot';

/** Reads a sheet snapshot by 1-based Excel row and column. */
export class Grid {
  readonly lastRow: number;
  readonly lastCol: number;
  private readonly errors: Set<string>;

  constructor(readonly sheet: SheetSnapshot) {
    this.lastRow = sheet.top + sheet.values.length - 1;
    this.lastCol = sheet.left + gridWidth(sheet.values) - 1;
    this.errors = new Set(sheet.errorCells);
  }

  value(row: number, col: number): Scalar {
    return this.sheet.values[row - this.sheet.top]?.[col - this.sheet.left] ?? '';
  }

  format(row: number, col: number): string {
    return this.sheet.numberFormats[row - this.sheet.top]?.[col - this.sheet.left] ?? 'General';
  }

  isError(address: string): boolean {
    return this.errors.size > 0 && this.errors.has(address);
  }

  isEmptyRow(row: number, firstCol: number, lastCol: number): boolean {
    const values = this.sheet.values[row - this.sheet.top];
    if (!values) return true;
    for (let c = firstCol; c <= lastCol; c++) {
      const v = values[c - this.sheet.left];
      if (v !== undefined && v !== '' && !(typeof v === 'string' && v.trim() === '')) return false;
    }
    return true;
  }
}
