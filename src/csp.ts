/**
 * The page's Content-Security-Policy: only its own files. No inline or injected script and no
 * eval (script-src 'self'); styles only from its stylesheet (React's style props go through the
 * CSSOM, which the policy allows); images also from data: and blob:, which the chart PNG/SVG
 * downloads use; the Monte Carlo worker and the example files from the page's origin. The
 * production build writes it into index.html as a <meta> (vite.config.ts); the dev server goes
 * without, since Vite's hot reload injects an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
