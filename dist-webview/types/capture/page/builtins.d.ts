type Fn = (...args: never[]) => unknown;
export interface PageWindow {
    fetch?: typeof fetch;
    XMLHttpRequest?: typeof XMLHttpRequest;
    Response?: typeof Response;
    Request?: typeof Request;
    Headers?: typeof Headers;
    Blob?: typeof Blob;
    ReadableStreamDefaultReader?: typeof ReadableStreamDefaultReader;
    URL?: typeof URL;
    URLSearchParams?: typeof URLSearchParams;
    TextDecoder?: typeof TextDecoder;
    location?: {
        href: string;
    };
}
export interface Builtins {
    apply: typeof Reflect.apply;
    now: () => number;
    jsonStringify: (value: unknown) => string | undefined;
    /** `this`-bound calls of captured prototype members; null when the page had no such member. */
    call(fn: Fn | null, self: unknown, ...args: unknown[]): unknown;
    response: {
        clone: Fn | null;
        body: Fn | null;
        status: Fn | null;
        url: Fn | null;
        headers: Fn | null;
    };
    request: {
        url: Fn | null;
        method: Fn | null;
        headers: Fn | null;
    };
    headers: {
        forEach: Fn | null;
    };
    reader: {
        read: Fn | null;
        cancel: Fn | null;
    };
    stream: {
        getReader: Fn | null;
    };
    blob: {
        slice: Fn | null;
        arrayBuffer: Fn | null;
        size: Fn | null;
    };
    xhr: {
        open: Fn | null;
        send: Fn | null;
        setRequestHeader: Fn | null;
        getAllResponseHeaders: Fn | null;
        addEventListener: Fn | null;
        status: Fn | null;
        responseType: Fn | null;
        responseText: Fn | null;
        response: Fn | null;
        responseURL: Fn | null;
    };
    URL: typeof URL | undefined;
    URLSearchParams: typeof URLSearchParams | undefined;
    Headers: typeof Headers | undefined;
    Request: typeof Request | undefined;
    Blob: typeof Blob | undefined;
    TextDecoder: typeof TextDecoder | undefined;
    href(): string;
}
export declare function captureBuiltins(win: PageWindow): Builtins;
export {};
