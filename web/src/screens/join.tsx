// An invite link from a coach: sign up or log in if needed, then accept it.
import { useState } from 'react';
import { type ApiError, api, type CoachLink } from '../api.js';
import { asApiError } from '../resource.js';
import { Link } from '../router.js';
import { useSession } from '../session.js';
import { FormError } from '../ui/field.js';
import { AuthForms } from './landing.js';

export default function Join({ code }: { code: string }) {
  const { session, signOut } = useSession();
  const [accepted, setAccepted] = useState<CoachLink>();
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  if (session.state !== 'signed-in') {
    return (
      <div className="card stack">
        <h1>Your coach invited you</h1>
        <p className="muted">
          Create an athlete account or log in; then accept the invite and your coach can follow your
          training.
        </p>
        <AuthForms initial="signup" />
      </div>
    );
  }

  if (session.account.role === 'coach') {
    return (
      <div className="card stack">
        <h1>This invite is for an athlete</h1>
        <p>
          You are logged in as a coach. Log out and open the link again with an athlete account.
        </p>
        <button type="button" className="button" onClick={() => void signOut()}>
          Log out
        </button>
      </div>
    );
  }

  const accept = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setAccepted(await api.acceptInvite(code));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const next = session.hasPlan ? '/today' : '/welcome';
  return (
    <div className="card stack">
      <h1>Train with a coach</h1>
      {accepted ? (
        <>
          <p className="form-ok" role="status">
            Done: {accepted.coachName} is now your coach.
          </p>
          <Link to={next} className="button primary">
            {session.hasPlan ? 'Go to today' : 'Set up your plan'}
          </Link>
        </>
      ) : (
        <>
          <p>
            Accepting lets the coach who sent this link see your plan, log and check-ins, and move
            your sessions. You can remove a coach any time under Coach.
          </p>
          <FormError error={error} />
          <div className="actions">
            <button
              type="button"
              className="button primary"
              onClick={() => void accept()}
              disabled={busy}
            >
              Accept invite
            </button>
            <Link to={next} className="button">
              Not now
            </Link>
          </div>
        </>
      )}
    </div>
  );
}
