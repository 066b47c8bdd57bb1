/** Types of config/security-headers.mjs (plain JS so next.config.mjs can import it). */
export function contentSecurityPolicy(opts: { dev: boolean; scriptSources?: string[] }): string;
export function securityHeaders(dev: boolean): { key: string; value: string }[];
