import { jssdkErrors as data, jssdkTickets as tickets } from '../data';
import type { TextList } from '../knowledge/types';
import type { DecodedCall } from '../types';

/** One JS-SDK failure of data/jssdk-errors.json. */
export interface JssdkError {
  id: string;
  /** Text found in the errMsg, case-insensitive; the longest match wins. */
  patterns: string[];
  /** Numbers the errMsg may carry (错误码：63002, ?e=40093, a hint's last field). */
  codes: number[];
  /** API names before the first ':' this entry applies to, or '*'. */
  apis: string[];
  zh: string;
  en: string;
  causes: TextList;
  fixes: TextList;
  docUrl: string;
}

/** data/jssdk-errors.json: order matters, the first of equally good matches wins. */
export interface JssdkCatalogue {
  errors: JssdkError[];
}

/** The catalogue as shipped; its shape is checked by the schema tests. */
export const jssdkCatalogue: JssdkCatalogue = data as JssdkCatalogue;

/** Whether a network call fetched the ticket that a wx.config / wx.agentConfig signature is made with. */
export function isTicketCall(call: Pick<DecodedCall, 'platform' | 'path'>, api: string): boolean {
  return tickets.endpoints.some((e) => e.platform === call.platform && e.path === call.path && (e.for as string[]).includes(api));
}
