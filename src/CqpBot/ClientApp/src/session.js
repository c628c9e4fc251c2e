// The conversation this browser remembers, so closing the tab and coming back resumes the same interview.
// Stored: conversation id, latest token, Direct Line domain, user id. One per mode (auto-positionnement, pré-qualification).

const keyFor = mode => `cqpbot.conversation.${mode}`;

export function remembered(mode) {
  try {
    const saved = JSON.parse(localStorage.getItem(keyFor(mode)) || 'null');
    return saved && saved.conversationId && saved.token && saved.domain ? saved : null;
  } catch {
    return null;
  }
}

export function remember(mode, session) {
  localStorage.setItem(keyFor(mode), JSON.stringify(session));
}

export function forget(mode) {
  localStorage.removeItem(keyFor(mode));
}

async function postJson(url, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: '{}',
  });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

/** A new conversation: the server hands out a token bound to it (the Direct Line secret never reaches the browser). */
export async function startSession() {
  const page = await postJson('/api/directline/token');
  return { conversationId: page.conversationId, token: page.token, domain: page.domain, userId: `candidat-${crypto.randomUUID()}`, isNew: true };
}

/** The remembered conversation with a fresh token, or null when it can no longer be resumed (token expired, conversation gone). */
export async function resumeSession(saved) {
  try {
    const refreshed = await postJson(`${saved.domain}/tokens/refresh`, saved.token);
    if (refreshed.conversationId && refreshed.conversationId !== saved.conversationId) return null;
    return { ...saved, token: refreshed.token, isNew: false };
  } catch {
    return null;
  }
}
