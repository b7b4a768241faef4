/** The end-to-end tests' web server (Playwright starts it): the fixture site on 127.0.0.1. */
import { resolve } from 'node:path';
import { bigNewsPage } from '../../scripts/lib/big-page';
import { startStaticServer } from '../../scripts/lib/static-server';

const port = Number(process.env.FC_TEST_PORT ?? 4517);
const { baseUrl } = await startStaticServer(
  resolve(import.meta.dirname, '../../fixtures/site'),
  port,
  [
    {
      prefix: '/csp/',
      headers: { 'content-security-policy': "default-src 'self'; script-src 'none'; style-src 'self'" },
    },
  ],
  // A heavy page (1 MB of HTML) made from the seed story, not stored in the repository.
  { '/news/heavy-labour-cyber-attack.html': () => bigNewsPage(1_000_000) },
);
console.log(`Fixture site on ${baseUrl}`);
