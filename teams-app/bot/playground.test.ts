import { PLAYGROUND_USER_OBJECT_ID, playgroundActivity } from './playground';

const settings = { actAs: { userId: 'marc.dubois', name: 'Marc Dubois' } };
const activity = (fields: Record<string, unknown> = {}) => ({
  type: 'message',
  serviceUrl: 'http://localhost:56150/_connector',
  from: { id: 'user-id-0', aadObjectId: PLAYGROUND_USER_OBJECT_ID, name: 'Alex Wilber' },
  ...fields,
});

describe('playgroundActivity', () => {
  it("lets in the Playground on this machine, its own user acting as the demo user", () => {
    for (const peer of ['127.0.0.1', '::1', '::ffff:127.0.0.1'])
      expect(playgroundActivity({ body: activity(), peer }, settings)?.from).toEqual({ id: 'user-id-0', aadObjectId: 'marc.dubois', name: 'Marc Dubois' });
    const other = activity({ from: { id: 'user-id-1', aadObjectId: 'claire.martin', name: 'Claire Martin' } });
    expect(playgroundActivity({ body: other, peer: '127.0.0.1' }, settings)?.from).toEqual(other.from);
  });

  it('refuses what comes from another machine, or asks for replies elsewhere than loopback', () => {
    for (const peer of ['203.0.113.7', '10.0.0.4', '::ffff:192.168.1.2', 'unknown', undefined])
      expect(playgroundActivity({ body: activity(), ...(peer ? { peer } : {}) }, settings)).toBeUndefined();
    for (const serviceUrl of ['https://smba.trafficmanager.net/teams', 'http://127.0.0.1.evil.example/_connector', 'http://localhost@evil.example/', 'file:///etc/passwd', 42, undefined])
      expect(playgroundActivity({ body: activity({ serviceUrl }), peer: '127.0.0.1' }, settings)).toBeUndefined();
    expect(playgroundActivity({ body: 'not an activity', peer: '127.0.0.1' }, settings)).toBeUndefined();
  });
});
