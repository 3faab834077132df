import type { BodyView, Platform } from './types';

/**
 * A WeChat API answering with something that is neither JSON nor a file: a proxy page, a captive portal.
 * WeChat Pay v2 answers XML, so text is normal there. Decides the call's state and the list's label.
 */
export function answeredNotJson(body: BodyView, platform: Platform): boolean {
  return body.kind === 'text' && platform !== 'pay';
}
