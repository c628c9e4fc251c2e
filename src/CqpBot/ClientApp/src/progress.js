// The bot puts where the interview stands in each question's channelData ({ progress: { percent, text } }).

export function latestProgress(activities) {
  for (let i = activities.length - 1; i >= 0; i--) {
    const progress = activities[i].from?.role === 'bot' && activities[i].channelData?.progress;
    if (progress && typeof progress.percent === 'number') return progress;
  }
  return null;
}

export function showProgress(progress) {
  const bar = document.getElementById('progress');
  const label = document.getElementById('progress-label');
  if (!bar || !label || !progress) return;
  const percent = Math.max(0, Math.min(100, Math.round(progress.percent)));
  bar.hidden = false;
  bar.setAttribute('aria-valuenow', String(percent));
  bar.setAttribute('aria-valuetext', `${progress.text}, ${percent} %`);
  bar.querySelector('.progress-fill').style.width = `${percent}%`;
  label.textContent = `${progress.text} · ${percent} %`;
}
