// The calendar subscription over HTTP: a secret address made by the athlete, read by calendar
// apps without signing in, replaced (and the old one dead) when made again.
import { expect, it } from 'vitest';
import type { Plan } from '../../src/core/plan/types.js';
import { planBody, profileBody } from './fixtures.js';
import { type Api, onEveryDatabase, PASSWORD } from './harness.js';

onEveryDatabase('calendar feed', (api: () => Api) => {
  async function athleteWithPlan() {
    const athlete = await api().signup();
    const path = `/api/athletes/${athlete.userId}`;
    await athlete.put(`${path}/profile`, profileBody);
    const plan = (await athlete.post(`${path}/plan`, planBody)).body as Plan;
    return Object.assign(athlete, { path, plan });
  }

  /** The feed address as a path on the test server. */
  const pathOf = (url: string) => new URL(url).pathname;

  it('gives an address that serves the plan as iCalendar to a caller with no cookie', async () => {
    const athlete = await athleteWithPlan();
    const res = await athlete.post(`${athlete.path}/calendar-feed`);
    expect(res.status).toBe(201);
    expect(res.body.url).toMatch(/^http:\/\/localhost\/api\/feeds\/[A-Za-z0-9_-]{43}\.ics$/);

    const feed = await api().client().get(pathOf(res.body.url));
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(feed.text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    const sessions = athlete.plan.weeks.flatMap((w) => w.days).flatMap((d) => d.sessions);
    expect(feed.text.match(/BEGIN:VEVENT/g)).toHaveLength(sessions.length);
    // The same file as the signed-in download.
    expect(feed.text).toBe((await athlete.get(`${athlete.path}/plan.ics`)).text);
  });

  it('keeps only a hash of the secret', async () => {
    const athlete = await athleteWithPlan();
    const { url } = (await athlete.post(`${athlete.path}/calendar-feed`)).body;
    const secret = /\/feeds\/(.+)\.ics$/.exec(url)![1]!;
    const stored = await api().store.calendarFeeds.get(athlete.userId);
    expect(stored?.secret).toBe(api().deps.secrets.hash(secret));
    expect(stored?.secret).not.toContain(secret);
  });

  it('cuts off the old address when a new one is made', async () => {
    const athlete = await athleteWithPlan();
    const first = (await athlete.post(`${athlete.path}/calendar-feed`)).body.url;
    const second = (await athlete.post(`${athlete.path}/calendar-feed`)).body.url;
    expect(second).not.toBe(first);
    const anonymous = api().client();
    expect((await anonymous.get(pathOf(first))).status).toBe(404);
    expect((await anonymous.get(pathOf(second))).status).toBe(200);
  });

  it('answers an unknown, malformed or planless address with the same 404', async () => {
    const anonymous = api().client();
    const unknown = await anonymous.get(
      '/api/feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics',
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not-found');
    const malformed = await anonymous.get('/api/feeds/no-extension');
    expect(malformed.text).toBe(unknown.text);

    const planless = await api().signup();
    await planless.put(`/api/athletes/${planless.userId}/profile`, profileBody);
    const { url } = (await planless.post(`/api/athletes/${planless.userId}/calendar-feed`)).body;
    expect((await anonymous.get(pathOf(url))).text).toBe(unknown.text);
  });

  it('follows the plan as it changes, and goes with the account', async () => {
    const athlete = await athleteWithPlan();
    const feed = pathOf((await athlete.post(`${athlete.path}/calendar-feed`)).body.url);
    await athlete.post(`${athlete.path}/plan`, { ...planBody, weeks: 8 });
    const events = (await api().client().get(feed)).text.match(/BEGIN:VEVENT/g)?.length;
    const plan = (await athlete.get(`${athlete.path}/plan`)).body as Plan;
    expect(events).toBe(plan.weeks.flatMap((w) => w.days).flatMap((d) => d.sessions).length);

    await athlete.call('DELETE', '/api/me', { body: { password: PASSWORD } });
    expect((await api().client().get(feed)).status).toBe(404);
  });

  it('ignores a forwarded scheme unless the proxy is trusted', async () => {
    const athlete = await athleteWithPlan();
    const plain = await athlete.post(`${athlete.path}/calendar-feed`, undefined, {
      headers: { 'X-Forwarded-Proto': 'https' },
    });
    // Not trusted by default: the header is anyone's to send (TRUST_PROXY=1 reads it).
    expect(plain.body.url).toMatch(/^http:\/\//);
  });
});
