// @ts-check
/**
 * The site's security policy, in one place: the CSP directives Astro puts in each page's <meta> tag,
 * and the HTTP headers written to public/_headers for hosts that read it (Netlify, Cloudflare Pages).
 */

/**
 * CSP directives besides script-src and style-src (which Astro fills with hashes). default-src 'self'
 * already covers images, fonts, fetches and the manifest; only what differs from it is listed.
 */
// A const tuple, so each directive keeps its literal type, which Astro's config checks.
export const CSP_DIRECTIVES = /** @type {const} */ ([
  "default-src 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "form-action 'self'",
  "worker-src 'self' blob:",
]);

/** Headers for every response. The CSP header adds what a meta tag cannot: frame-ancestors. */
export const SECURITY_HEADERS = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=(), interest-cohort=()',
};
