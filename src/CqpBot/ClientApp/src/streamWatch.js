// DirectLineJS can end its activity stream with no change of connection status: a reconnect refused for good (the
// conversation is gone), or 45 failed reconnects (~15 minutes offline). Web Chat then still says « Connecté » and
// shows no answer. Its own subscriptions have no error handler, so under RxJS 5 the first one rethrows and a later
// subscriber never hears of the end: the watch is put inside the stream Web Chat reads.
export function watchStream(directLine, onEnd) {
  const activity$ = directLine.activity$.do({ error: onEnd, complete: onEnd });
  return new Proxy(directLine, { get: (target, key) => (key === 'activity$' ? activity$ : Reflect.get(target, key)) });
}
