import { isSecretName, MASK, maskValue } from './names';

const CDATA_OPEN = '<![CDATA[';

function maskContent(content: string): string {
  const open = content.indexOf(CDATA_OPEN);
  if (open >= 0) {
    const close = content.indexOf(']]>', open);
    return `${content.slice(0, open)}${CDATA_OPEN}${close < 0 ? MASK : `${maskValue(content.slice(open + CDATA_OPEN.length, close))}]]>${content.slice(close + 3)}`}`;
  }
  const trimmed = content.trim();
  return trimmed === '' ? content : content.replace(trimmed, maskValue(trimmed));
}

function isTagStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isTagChar(c: number): boolean {
  return isTagStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 58;
}

/**
 * The text of XML elements with secret names (WeChat Pay v2's `<sign>`, `<paySign>`, `<appsecret>`),
 * CDATA or not, masked; an element cut before its end tag is masked to the end. One pass with indexOf.
 */
export function maskXml(xml: string): string {
  let out = '';
  let at = 0;
  let i = xml.indexOf('<');
  while (i >= 0 && i < xml.length) {
    let j = i + 1;
    if (j < xml.length && isTagStart(xml.charCodeAt(j))) {
      while (j < xml.length && isTagChar(xml.charCodeAt(j))) j++;
      const name = xml.slice(i + 1, j);
      const gt = xml.indexOf('>', j);
      if (gt < 0) break;
      if (isSecretName(name) && xml[gt - 1] !== '/') {
        const close = xml.indexOf(`</${name}`, gt + 1);
        const contentEnd = close < 0 ? xml.length : close;
        out += xml.slice(at, gt + 1) + maskContent(xml.slice(gt + 1, contentEnd));
        at = contentEnd;
        i = xml.indexOf('<', contentEnd + 1);
        continue;
      }
      i = xml.indexOf('<', gt + 1);
      continue;
    }
    i = xml.indexOf('<', j);
  }
  return out + xml.slice(at);
}
