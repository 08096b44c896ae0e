declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
  }
}

/** Vite's ?raw imports: a file's text, byte for byte (used to ingest the demo texts). */
declare module '*?raw' {
  const content: string;
  export default content;
}
