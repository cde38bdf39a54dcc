// exceljs writes the children of <font> in styles.xml out of the schema's order
// (color, family, scheme before sz and name), which the Open XML SDK validator
// reports. The sample and the test workbooks are made with exceljs: this puts
// the children in CT_Font's order (ECMA-376 Part 1, 18.8.22), nothing else.
const JSZip = require('jszip');

const ORDER = ['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme'];

function orderFont(font) {
  const open = /^<font(\s[^>]*)?>/.exec(font)[0];
  const inner = font.slice(open.length, -'</font>'.length);
  const parts = inner.match(/<(\w+)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1>)/g) ?? [];
  parts.sort((a, b) => ORDER.indexOf(/^<(\w+)/.exec(a)[1]) - ORDER.indexOf(/^<(\w+)/.exec(b)[1]));
  return `${open}${parts.join('')}</font>`;
}

/** The workbook's bytes with its fonts' children in schema order. */
async function orderFonts(bytes) {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('xl/styles.xml');
  if (!file) return bytes;
  const xml = await file.async('string');
  zip.file('xl/styles.xml', xml.replace(/<font(?:\s[^>]*)?>[\s\S]*?<\/font>/g, orderFont));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

module.exports = { orderFonts };
