/** Limits on patterns read from storage or typed in the options page. */
export declare const PATTERN_LIMITS: {
    readonly hostGlob: 253;
    readonly pathValue: 500;
    readonly urlPath: 4096;
};
/** `*.example.com`, `admin.example.com`, `localhost:3000`, `*`: letters, digits, `.`, `-`, `*`, a port. */
export declare function isHostGlob(glob: string): boolean;
/**
 * A host glob as a matcher: `*` stands for any run of characters (`*.example.com` also matches
 * `a.b.example.com`, not `example.com`); case-insensitive; with a port (`localhost:3000`) the URL's port
 * must match too, without one any port does. null for an invalid glob.
 */
export declare function compileHostGlob(glob: string): ((hostname: string, port: string) => boolean) | null;
export type PathPattern = {
    kind: 'prefix';
    value: string;
} | {
    kind: 'regex';
    value: string;
};
export declare function isPathPattern(value: unknown): value is PathPattern;
/** A path pattern as a matcher on a URL path (the query string is not part of it). */
export declare function compilePathPattern(pattern: PathPattern): ((path: string) => boolean) | null;
