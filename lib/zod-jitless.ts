/**
 * Turns off zod's JIT before any schema is built. Zod compiles object parsers with `new Function`
 * and probes for it on the first parse; under our CSP (no `'unsafe-eval'`) that probe is reported
 * as a CSP violation in the browser console (Lighthouse best practices). Every module that builds a
 * zod schema imports this file first, so the flag is set before the first schema exists (zod reads
 * it when an object schema is constructed). Parsing results are the same; only the fast path is off.
 */
import { z } from "zod";

z.config({ jitless: true });
