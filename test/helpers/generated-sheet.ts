import type { GeneratedSheet } from '../../src/domain/schema/overzicht';

/** A generated sheet with nothing set: tests give it the name, cells and settings they are about. */
export const EMPTY_SHEET: GeneratedSheet = {
  name: '',
  cells: [],
  columnWidths: [],
  formats: [],
  merges: [],
  freeze: { rows: 0, columns: 0 },
  landscape: false,
  paper: 'A4',
  fitToWidth: false,
};
