// Which bot activities the candidate has already answered: a card followed by any message of the candidate.
// The bot asks one question at a time, so everything before the candidate's last message is answered.

let answered = new Set();
const listeners = new Set();

export function updateAnswered(activities) {
  const lastUserIndex = activities.findLastIndex(a => a.from?.role === 'user' && a.type === 'message');
  const next = new Set(
    activities
      .slice(0, Math.max(lastUserIndex, 0))
      .filter(a => a.from?.role === 'bot' && a.attachments?.length)
      .map(a => a.id)
      .filter(Boolean)
  );
  if (next.size === answered.size && [...next].every(id => answered.has(id))) return;
  answered = next;
  listeners.forEach(listener => listener());
}

export function subscribe(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isAnswered(id) {
  return answered.has(id);
}
