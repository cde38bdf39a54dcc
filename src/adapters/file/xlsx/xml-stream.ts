import { Parser } from 'htmlparser2';

/** SpreadsheetML's namespaces, Transitional and Strict (ECMA-376 Part 1 and Part 4). */
const MAIN = ['http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'];
const REL = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];

interface Element {
  /** Namespace URI ("" when none). */
  ns: string;
  local: string;
  /** Attributes without a prefix by local name; namespaced ones as "uri|local". */
  attrs: Record<string, string>;
}

export interface Handlers {
  open?(el: Element): void;
  close?(ns: string, local: string): void;
  text?(text: string): void;
}

/**
 * Streams an XML part with its namespaces resolved, whatever prefixes the
 * writer chose ("x:c" as the Open XML SDK writes it, or a default namespace),
 * on htmlparser2's tokenizer: one pass, no tree. Malformed XML throws.
 */
export function streamXml(xml: string, path: string, handlers: Handlers): void {
  // Prefix bindings as a stack: most parts declare them on the root only.
  const scopes: Array<Map<string, string>> = [new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])];
  // Stryker disable next-line ArrayDeclaration: the 0 under the stack matches no element, which all close at depth 1 or deeper
  const depthOfScope: number[] = [0];
  let depth = 0;
  const resolve = (prefix: string) => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const uri = scopes[i]!.get(prefix);
      if (uri !== undefined) return uri;
    }
    return prefix ? undefined : '';
  };
  const split = (qname: string): [string, string] => {
    const i = qname.indexOf(':');
    // Stryker disable next-line EqualityOperator: a name that starts with ':' is no qualified name (Namespaces in XML); no writer makes one
    return i < 0 ? ['', qname] : [qname.slice(0, i), qname.slice(i + 1)];
  };
  let failure: Error | undefined;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth++;
        let declared: Map<string, string> | undefined;
        for (const key in attribs) {
          // Stryker disable next-line ConditionalExpression,StringLiteral: in the prefix, 'xmlns'.slice(6) is '' as well
          if (key === 'xmlns' || key.startsWith('xmlns:')) (declared ??= new Map()).set(key === 'xmlns' ? '' : key.slice(6), attribs[key]!);
        }
        if (declared) {
          scopes.push(declared);
          depthOfScope.push(depth);
        }
        const [prefix, local] = split(name);
        const ns = resolve(prefix);
        if (ns === undefined) throw new Error(`${path}: onbekend voorvoegsel ${prefix}`);
        const attrs: Record<string, string> = {};
        for (const key in attribs) {
          if (key === 'xmlns' || key.startsWith('xmlns:')) continue;
          const [p, l] = split(key);
          // Stryker disable next-line StringLiteral: an attribute without a prefix is keyed by its local name; this uri goes unread
          const uri = p ? resolve(p) : '';
          if (uri === undefined) throw new Error(`${path}: onbekend voorvoegsel ${p}`);
          attrs[p ? `${uri}|${l}` : l] = attribs[key]!;
        }
        handlers.open?.({ ns, local, attrs });
      },
      onclosetag(name, implied) {
        // A well-formed part closes every element itself ("<c/>" or "</c>"); a missing end tag means a damaged part.
        if (implied && !xml.slice(parser.startIndex, parser.endIndex + 1).endsWith('/>'))
          throw new Error(`${path}: het XML is niet volledig (${name} niet gesloten)`);
        const [prefix, local] = split(name);
        // Stryker disable next-line StringLiteral: an unknown prefix was refused when its element opened
        handlers.close?.(resolve(prefix) ?? '', local);
        if (depthOfScope[depthOfScope.length - 1] === depth) {
          scopes.pop();
          depthOfScope.pop();
        }
        depth--;
      },
      ontext(text) {
        handlers.text?.(text);
      },
      // Stryker disable next-line BlockStatement: htmlparser2 reports an error only for a write after end(), which this function never does
      onerror(e) {
        failure = e;
      },
    },
    // xmlMode closes self-closing tags by itself (htmlparser2's recognizeSelfClosing is for HTML).
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
  // Stryker disable next-line all: see onerror
  if (failure) throw new Error(`${path}: ${failure.message}`);
  // Stryker disable next-line all: htmlparser2 closes what is still open at end() as implied, which onclosetag refuses
  if (depth !== 0) throw new Error(`${path}: het XML is niet volledig`);
}

/** The value of a relationship id attribute, Transitional or Strict. */
export function relId(attrs: Record<string, string>): string | undefined {
  return attrs[`${REL[0]}|id`] ?? attrs[`${REL[1]}|id`];
}

export const isMain = (ns: string) => MAIN.includes(ns);
