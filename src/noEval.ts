/**
 * Imported first by main.ts. Zod 4 probes whether `new Function` is allowed, to compile faster
 * object parsers; under the page's Content-Security-Policy (no 'unsafe-eval', see scripts/csp.ts)
 * that probe alone is reported as a violation. Jitless mode never probes and parses the same.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });
