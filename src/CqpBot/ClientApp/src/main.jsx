// The candidates' page: Web Chat on the bot's Direct Line, resumed from this browser's last conversation when it can be.
import { createRoot } from 'react-dom/client';
import ReactWebChat, { createDirectLine, createStore } from 'botframework-webchat';
import AnsweredGuard from './AnsweredGuard.jsx';
import { updateAnswered } from './answered.js';
import { showKeptFor } from './keptFor.js';
import { showNotice } from './notice.js';
import { latestProgress, showProgress } from './progress.js';
import { forget, remember, remembered, resumeSession, startSession } from './session.js';
import { watchStream } from './streamWatch.js';
import styleOptions from './styleOptions.js';

// The bot's mode values (InterviewBot.ModeFrom): auto-positionnement by default, pré-qualification VAE from the link.
const mode = new URLSearchParams(location.search).get('mode') === 'prequalification' ? 'prequalif' : 'auto';

const activityMiddleware = () => next => (...setup) => {
  const render = next(...setup);
  const [{ activity }] = setup;
  return render && ((...args) => <AnsweredGuard activityId={activity.id}>{render(...args)}</AnsweredGuard>);
};

function connectionLost() {
  showNotice('La connexion au service de conversation est interrompue. Vos réponses déjà enregistrées sont conservées : réessayez pour reprendre.');
}

function storeFor(session, directLine) {
  // New until the bot has said something: if the join event was lost (network, service down), the next visit sends it
  // again instead of resuming a conversation that shows nothing. A welcomed conversation already shows its last
  // question: joining again would repeat the welcome.
  let welcomed = !session.isNew;
  const save = () =>
    remember(mode, { ...session, conversationId: directLine.conversationId, token: directLine.token, isNew: welcomed ? undefined : true, resumed: undefined });
  return createStore({}, ({ dispatch, getState }) => next => action => {
    const result = next(action);
    if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
      save();
      if (!welcomed) dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: { mode } } });
    }
    // DirectLineJS gives up (service down at start, token refused): Web Chat then stays silent, so the page says so.
    if (action.type === 'DIRECT_LINE/CONNECT_REJECTED' || action.type === 'DIRECT_LINE/DISCONNECT_FULFILLED') connectionLost();
    if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
      const { activities } = getState();
      updateAnswered(activities);
      showProgress(latestProgress(activities));
      if (action.payload.activity.from?.role === 'bot') welcomed = true;
      // DirectLineJS refreshes the token every 15 minutes: keep the newest for the next visit.
      if (directLine.conversationId) save();
    }
    return result;
  });
}

async function openSession() {
  const saved = remembered(mode);
  const resumed = saved && (await resumeSession(saved));
  if (saved && !resumed) forget(mode);
  return resumed || (await startSession());
}

async function main() {
  const host = document.getElementById('webchat');
  document.getElementById('new-conversation').addEventListener('click', () => {
    forget(mode);
    location.reload();
  });
  try {
    const session = await openSession();
    showKeptFor(session);
    const directLine = watchStream(
      createDirectLine({
        token: session.token,
        domain: session.domain,
        ...(session.resumed ? { conversationId: session.conversationId } : {}),
        webSocket: true,
      }),
      connectionLost
    );
    host.removeAttribute('aria-busy');
    createRoot(host).render(
      <ReactWebChat
        directLine={directLine}
        store={storeFor(session, directLine)}
        userID={session.userId}
        locale="fr-FR"
        styleOptions={styleOptions}
        activityMiddleware={activityMiddleware}
      />
    );
  } catch (error) {
    // The remembered conversation, if any, is kept: the next try resumes it.
    host.removeAttribute('aria-busy');
    showNotice('Le service de conversation est momentanément indisponible. Merci de réessayer dans quelques instants.');
    console.error(error);
  }
}

main();
