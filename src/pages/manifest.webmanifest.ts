import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts';

export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  return new Response(
    JSON.stringify({
      name: SITE_TITLE,
      short_name: 'Therapy Works',
      description: SITE_DESCRIPTION,
      start_url: base,
      scope: base,
      display: 'standalone',
      background_color: '#fbfaf7',
      theme_color: '#1d5c8f',
      icons: [{ src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' }],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
};
