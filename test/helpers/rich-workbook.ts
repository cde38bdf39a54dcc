import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { orderFonts } from '../../scripts/exceljs-fonts';
import { SAMPLE } from '../../src/cli/main';

/**
 * The sample, enriched with everything a real workbook carries and a careless
 * writer drops: a dropdown list, a conditional format, a note, a defined name,
 * a hidden sheet, Excel tables (already in the sample), and a chart.
 */
export async function richWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
  const acties = wb.getWorksheet('Uitvoeringsprogramma')!;
  (acties as unknown as { dataValidations: { add(ref: string, v: object): void } }).dataValidations.add('F3:F40', {
    type: 'list',
    allowBlank: true,
    formulae: ['"Gepland,Lopend,Afgerond"'],
  });
  acties.addConditionalFormatting({
    ref: 'D3:D40',
    rules: [
      {
        type: 'containsText',
        operator: 'containsText',
        text: 'Hatterm',
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
      },
    ],
  });
  acties.getCell('C3').note = 'Nagevraagd bij de WIV-secretaris';
  wb.definedNames.add("'Vergaderingen'!$A$2:$A$7", 'Driehoekdata');
  const hidden = wb.addWorksheet('Verborgen', { state: 'hidden' });
  hidden.addRow(['geheim', 42]);
  const bytes = await orderFonts(new Uint8Array(await wb.xlsx.writeBuffer()));
  return addChart(bytes, 'xl/worksheets/sheet4.xml');
}

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Vergaderingen!$A$2:$A$7</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafiek 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

/** Splices a column chart onto one sheet, the way Excel stores it (drawing → chart). */
async function addChart(bytes: Uint8Array, sheetPath: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file('xl/charts/chart1.xml', CHART);
  zip.file('xl/drawings/drawing1.xml', DRAWING);
  zip.file(
    'xl/drawings/_rels/drawing1.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>',
  );
  const relsPath = sheetPath.replace('worksheets/', 'worksheets/_rels/') + '.rels';
  const rels =
    (await zip.file(relsPath)?.async('string')) ??
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  zip.file(
    relsPath,
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
    ),
  );
  const sheet = await zip.file(sheetPath)!.async('string');
  zip.file(sheetPath, sheet.replace(/(<tableParts|<\/worksheet>)/, '<drawing r:id="rIdChart"/>$1'));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: 'uint8array' });
}
