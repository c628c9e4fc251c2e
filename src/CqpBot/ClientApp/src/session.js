// The conversation this browser remembers, so closing the tab and coming back resumes the same interview.
// Stored: conversation id, latest token, resume ticket and its days, Direct Line domain, user id. One per mode
// (auto-positionnement, pré-qualification).

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
  if (!response.ok) throw Object.assign(new Error(`${url}: HTTP ${response.status}`), { status: response.status });
  return response.json();
}

/** A new conversation: the server hands out a token bound to it (the Direct Line secret never reaches the browser). */
export async function startSession() {
  const page = await postJson('/api/directline/token');
  return { conversationId: page.conversationId, token: page.token, domain: page.domain, resume: page.resume, resumeDays: page.resume_days, userId: `candidat-${crypto.randomUUID()}`, isNew: true };
}

/**
 * The remembered conversation with a fresh token; null when it can no longer be resumed (refused or gone).
 * The embedded Direct Line takes the resume ticket, which outlives the token (a candidate back the next day);
 * Azure's refreshes a token that has not expired yet. Any other failure (service down, network) is thrown: the
 * conversation stays remembered for the next try.
 */
export async function resumeSession(saved) {
  try {
    const fresh = saved.resume
      ? await postJson('/api/directline/resume', saved.resume)
      : await postJson(`${saved.domain}/tokens/refresh`, saved.token);
    if (fresh.conversationId && fresh.conversationId !== saved.conversationId) return null;
    return {
      ...saved,
      token: fresh.token,
      resume: fresh.resume || saved.resume,
      resumeDays: fresh.resume_days ?? saved.resumeDays,
      domain: fresh.domain || saved.domain,
      isNew: saved.isNew === true,
      resumed: true,
    };
  } catch (error) {
    // Refused for good (403, 404; Azure may say 400 or 401): forget it. Busy (408, 429) or down: try again later.
    if (error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429) return null;
    throw error;
  }
}
