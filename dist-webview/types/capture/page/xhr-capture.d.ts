import type { Builtins } from './builtins';
import { type Observe } from './fetch-capture';
/**
 * Patches XMLHttpRequest.prototype's open, setRequestHeader and send: each calls the page's original
 * with the same arguments and `this` and returns what it returned (a throw too). Beside it, the
 * request is noted and, once it ends (a loadend listener, or right after a synchronous send), observed;
 * its body is read only if capture asks. Failed requests (status 0) are observed without a body, aborted
 * ones not at all. Returns the undo.
 */
export declare function wrapXhr(win: {
    XMLHttpRequest?: typeof XMLHttpRequest;
}, b: Builtins, observe: Observe): () => void;
