export interface SignatureParams {
    jsapiTicket: string;
    nonceStr: string;
    /** Seconds, as passed to wx.config; written as given. */
    timestamp: string | number;
    /** The page URL; anything from '#' on is dropped. */
    url: string;
}
/** The URL WeChat verifies: everything before the first '#'. */
export declare function signedUrl(pageUrl: string): string;
/** The string that is hashed (string1 in the official docs). */
export declare function signatureString(params: SignatureParams): string;
/** Lowercase hex SHA-1 of the signature string. */
export declare function jssdkSignature(params: SignatureParams): Promise<string>;
/** Whether a signature someone passed to wx.config is the expected one (hex, any case, stray spaces). */
export declare function compareSignature(expected: string, given: string): boolean;
