import { SELF, env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';

describe('smoke', () => {
  it('answers /healthz', async () => {
    const res = await SELF.fetch('http://x/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
  it('has D1', async () => {
    const r = await env.DB.prepare('select 1 as one').first();
    expect(r).toEqual({ one: 1 });
  });
});
