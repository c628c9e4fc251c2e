// Usage: node drive.mjs http://127.0.0.1:PORT
// Talks to CqpBot's embedded Direct Line with botframework-directlinejs: start over WebSocket, post, receive,
// refresh the token, then resume the same conversation by polling. Prints one "ok <step>" line per step; exit 0 only if all pass.
import xhr2 from 'xhr2';
import WebSocket from 'ws';

// DirectLineJS expects a browser: give Node the two objects it uses.
globalThis.XMLHttpRequest = xhr2;
globalThis.WebSocket = WebSocket;
const { DirectLine, ConnectionStatus } = await import('botframework-directlinejs');

const base = process.argv[2];
const timeoutMs = Number(process.env.DRIVE_TIMEOUT_MS || 70000);
const user = { id: 'node-client', name: 'Node' };
setTimeout(() => fail(`no end after ${timeoutMs} ms`), timeoutMs).unref();

function fail(reason) {
  console.error(`FAILED: ${reason}`);
  process.exit(1);
}

function step(name) {
  console.log(`ok ${name}`);
}

/** Resolves with the first activity from the bot that matches, after subscribing. */
function nextFromBot(directLine, matches, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), 45000);
    const subscription = directLine.activity$.subscribe({
      next: activity => {
        if (activity.from?.role === 'bot' && matches(activity)) {
          clearTimeout(timer);
          subscription.unsubscribe();
          resolve(activity);
        }
      },
      error: error => reject(error),
    });
  });
}

function post(directLine, activity) {
  return new Promise((resolve, reject) =>
    directLine.postActivity({ from: user, locale: 'fr-FR', ...activity }).subscribe({ next: resolve, error: reject }));
}

const text = activity => JSON.stringify(activity);

try {
  const page = await fetch(`${base}/api/directline/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  if (!page.ok) fail(`token endpoint answered ${page.status}`);
  const { token, domain } = await page.json();

  const socket = new DirectLine({ token, domain, webSocket: true });
  const consent = nextFromBot(socket, a => text(a).includes('Vos données'), 'the consent card');
  const joinId = await post(socket, { type: 'event', name: 'webchat/join', value: { mode: 'auto' } });
  await consent;
  if (!socket.conversationId || !joinId) fail('no conversation id or activity id');
  step(`websocket start and receive (conversation ${socket.conversationId.slice(0, 8)}…)`);

  const accueil = nextFromBot(socket, a => !text(a).includes('Vos données'), 'the question after the consent');
  await post(socket, { type: 'message', text: "j'accepte" });
  await accueil;
  step('websocket post and reply');

  // The call DirectLineJS makes every 15 minutes in token mode.
  const refreshed = await new Promise((resolve, reject) => socket.refreshToken().subscribe({ next: resolve, error: reject }));
  if (!refreshed || refreshed === socket.token) fail('the token was not refreshed');
  step('token refresh');
  const conversationId = socket.conversationId;
  socket.end();

  const polling = new DirectLine({ token: refreshed, domain, conversationId, webSocket: false, pollingInterval: 300 });
  const history = nextFromBot(polling, a => text(a).includes('Vos données'), 'the history by polling');
  polling.activity$.subscribe(() => {});
  await history;
  step('polling resume with history');

  const back = nextFromBot(polling, a => a.replyToId !== undefined && text(a).includes('Vos données') && a.timestamp > new Date(Date.now() - 10000).toISOString(), 'the reply to "retour"');
  await post(polling, { type: 'message', text: 'retour' });
  await back;
  step('polling post and reply');
  const status = polling.connectionStatus$.getValue();
  if (status !== ConnectionStatus.Online) fail(`connection status ${status}`);
  polling.end();
  console.log('all steps passed');
  process.exit(0);
} catch (error) {
  fail(error?.message || String(error));
}
