// A message above the conversation when it cannot go on (service down, connection lost), with a button that opens
// the page again: the remembered conversation is then resumed at the question where it stopped.

export function showNotice(text) {
  const notice = document.getElementById('chat-notice');
  // Web Chat reports a failed start twice (rejected, then disconnected): a screen reader hears it once.
  if (!notice.hidden && notice.firstChild?.textContent === text) return;
  const message = document.createElement('p');
  message.textContent = text;
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.className = 'button-secondary';
  retry.textContent = 'Réessayer';
  retry.addEventListener('click', () => location.reload());
  notice.replaceChildren(message, retry);
  notice.hidden = false;
}
