/** The parts WeChat packs into an errmsg after its English text. */
export interface ErrmsgFields {
    text: string;
    /** `rid: xxxxxxxx-xxxxxxxx-xxxxxxxx` (api.weixin.qq.com since about 2020). */
    rid: string | null;
    /** When the call was made, from the rid's first group (hex Unix seconds), ISO 8601. */
    ridTime: string | null;
    /** `hint: [..]` (older api.weixin.qq.com, WeCom) or `hints: [ req_id: .. ]` (/sns/ endpoints). */
    hint: string | null;
    /** The caller's IP: WeCom's `from ip: X`, or the address inside 40164's `invalid ip X ipv6 …`. */
    clientIp: string | null;
    /** `more info at URL` / `more details at URL` / `view more at URL`. */
    moreInfoUrl: string | null;
    /** `Warning: wrong json format.`: WeChat could not parse the request body as JSON. */
    jsonWarning: boolean;
}
export declare function parseErrmsg(errmsg: string): ErrmsgFields;
