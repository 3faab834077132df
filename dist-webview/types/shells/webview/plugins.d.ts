/** The slice of vConsole's plugin class the plugin uses (vConsole 3). */
export interface VConsolePluginLike {
    on(event: string, callback: (data?: unknown) => void): unknown;
}
export interface VConsoleLike {
    VConsolePlugin: new (id: string, name: string) => VConsolePluginLike;
}
/**
 * The panel as a vConsole tab: `vConsole.addPlugin(WeChatApiInspector.vConsolePlugin(VConsole))`.
 * vConsole is passed in (never bundled): whichever copy the page loaded.
 */
export declare function vConsolePlugin(VConsole: VConsoleLike): VConsolePluginLike;
/** What eruda hands a tool's init: its element wrapped in licia's `$` (array-like). */
interface ErudaElement {
    [index: number]: HTMLElement | undefined;
    show(): unknown;
    hide(): unknown;
}
export interface ErudaTool {
    name: string;
    init($el: ErudaElement): void;
    show(): ErudaTool;
    hide(): ErudaTool;
    destroy(): void;
}
/** The panel as an eruda tool: `eruda.add(WeChatApiInspector.erudaPlugin)` (eruda calls it for a fresh tool). */
export declare function erudaPlugin(): ErudaTool;
export {};
