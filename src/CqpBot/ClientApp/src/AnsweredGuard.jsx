import { useEffect, useRef, useSyncExternalStore } from 'react';
import { isAnswered, subscribe } from './answered.js';

const controls = 'button, input, select, textarea, [role="button"], [tabindex]';

function disableControls(root) {
  root.querySelectorAll(controls).forEach(control => {
    if ('disabled' in control) control.disabled = true;
    control.setAttribute('aria-disabled', 'true');
    control.setAttribute('tabindex', '-1');
  });
}

/** Wraps a bot activity: once the candidate answered it, its card stays readable but its buttons and inputs no longer act. */
export default function AnsweredGuard({ activityId, children }) {
  const answered = useSyncExternalStore(subscribe, () => isAnswered(activityId));
  const root = useRef(null);

  useEffect(() => {
    if (!answered || !root.current) return undefined;
    // Adaptive Cards render after this effect runs: watch for their controls too.
    disableControls(root.current);
    const observer = new MutationObserver(() => disableControls(root.current));
    observer.observe(root.current, { childList: true, subtree: true });
    // Stops any activation (click, Enter, Space) before it reaches the card's own handlers.
    const element = root.current;
    const block = event => {
      if (event.type === 'keydown' && event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      event.stopPropagation();
    };
    ['click', 'keydown', 'submit'].forEach(type => element.addEventListener(type, block, true));
    return () => {
      observer.disconnect();
      ['click', 'keydown', 'submit'].forEach(type => element.removeEventListener(type, block, true));
    };
  }, [answered]);

  return (
    <div ref={root} className={answered ? 'cqp-activity cqp-answered' : 'cqp-activity'} data-answered={answered ? 'true' : 'false'}>
      {children}
      {answered && <span className="visually-hidden">Question déjà répondue.</span>}
    </div>
  );
}
