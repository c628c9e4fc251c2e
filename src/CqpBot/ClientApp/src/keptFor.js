// How long this browser keeps the conversation, as the server set it (DirectLine:ResumeDays): with a resume ticket,
// that many days from the last visit; without one (Azure's Direct Line, or ResumeDays 0), only while the last token
// lasts, which DirectLineJS refreshes every 15 minutes.

export function showKeptFor(session) {
  const text = document.getElementById('kept-for');
  const days = session.resume ? session.resumeDays : 0;
  text.textContent = days > 0
    ? `Ce navigateur retient la conversation en cours pendant ${days} jour${days > 1 ? 's' : ''} : si vous fermez l'onglet, vous la reprendrez à la même question.`
    : "Ce navigateur retient la conversation en cours : si vous fermez l'onglet et revenez dans le quart d'heure, vous la reprendrez à la même question.";
}
