/**
 * Server secrets (AppSecret, corpsecret, …) that a call carries in its URL or body. Seen from the
 * browser, any of them means the secret has leaked to whoever loads the page.
 */
export declare function leakedSecrets(url: string, requestBody: string | null): string[];
