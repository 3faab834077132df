import type { JssdkCall } from './timeline';
export declare const SIGNED_APIS: ReadonlySet<string>;
export interface SignedParams {
    nonceStr: string | null;
    timestamp: string | null;
    signature: string | null;
    appId: string | null;
}
export type UrlWarning = 
/** The page URL (without #) changed between wx.config and its answer: history routing in an SPA. */
{
    kind: 'changed-after-config';
    url: string;
}
/** The URL WeChat says it verified (debug mode's realAuthUrl) is not the one the page was at. */
 | {
    kind: 'differs-from-reported';
    url: string;
}
/** An earlier wx.config of the same page ran at another URL: iOS keeps verifying the entry URL. */
 | {
    kind: 'entry-url';
    url: string;
};
export interface DoctorReport {
    /** The page URL without its # part when wx.config ran: what had to be signed. */
    signedUrl: string;
    params: SignedParams;
    /** Fields wx.config needs that are missing or empty. */
    missing: string[];
    warnings: UrlWarning[];
}
/** `log` is the JS-SDK log the call belongs to, for what earlier calls of the same page tell. */
export declare function diagnoseSignature(call: JssdkCall, log?: readonly JssdkCall[]): DoctorReport;
export interface SignatureCheck {
    string: string;
    expected: string;
    /** null when the page passed no signature. */
    matches: boolean | null;
}
/** The expected signature for a pasted ticket, compared with the one the page passed. */
export declare function checkSignature(report: DoctorReport, jsapiTicket: string): Promise<SignatureCheck | null>;
