// Coach. For a coach: the athletes at a glance (readiness, compliance, load, flags) and an
// invite link. For an athlete: their coaches, removable, and joining one with a code.
import { type FormEvent, useState } from 'react';
import { formatDay } from '../../../src/core/plan/describe.js';
import { type ApiError, api, type Compliance, type Invite, type RosterEntry } from '../api.js';
import { localToday } from '../dates.js';
import { asApiError, useResource } from '../resource.js';
import { Link, navigate } from '../router.js';
import { useSession } from '../session.js';
import { FormError, fieldErrors, TextField } from '../ui/field.js';
import { Async, Empty } from '../ui/status.js';

export default function Coach() {
  const { session } = useSession();
  if (session.state !== 'signed-in') return null;
  return session.account.role === 'coach' ? (
    <CoachHome />
  ) : (
    <AthleteCoaches athleteId={session.account.athleteId ?? ''} />
  );
}

function inviteLink(code: string): string {
  return `${window.location.origin}/join/${encodeURIComponent(code)}`;
}

function CoachHome() {
  const roster = useResource(() => api.coachAthletes(localToday()), []);
  return (
    <>
      <div className="page-head">
        <h1>Coach</h1>
        <p>Your athletes at a glance: who is recovered, who trains as planned, who needs a word.</p>
      </div>
      <InviteCard />
      <section className="section" aria-labelledby="roster-title">
        <h2 id="roster-title">Athletes</h2>
        <Async resource={roster} what="your athletes">
          {(list) =>
            list.length === 0 ? (
              <Empty title="No athletes yet">
                <p>Send an invite link; athletes who accept it appear here.</p>
              </Empty>
            ) : (
              <ul className="grid-cards list-cards">
                {list.map((a) => (
                  <li key={a.athleteId}>
                    <RosterCard entry={a} />
                  </li>
                ))}
              </ul>
            )
          }
        </Async>
      </section>
    </>
  );
}

function InviteCard() {
  const [invite, setInvite] = useState<Invite>();
  const [error, setError] = useState<ApiError>();
  const [copied, setCopied] = useState(false);
  const create = async () => {
    setError(undefined);
    setCopied(false);
    try {
      setInvite(await api.createInvite());
    } catch (e) {
      setError(asApiError(e));
    }
  };
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite an athlete</h2>
      <p className="hint">
        A link for one athlete, valid for 7 days. Once they accept, you see their plan, log and
        check-ins, and can move their sessions.
      </p>
      {invite && (
        <div className="stack">
          <p className="small">
            Invite link (expires {formatDay(invite.expiresAt.slice(0, 10), true)}):
          </p>
          <code className="secret" data-testid="invite-link">
            {inviteLink(invite.code)}
          </code>
          <div className="row">
            <button
              type="button"
              className="button small"
              onClick={() => void copy(inviteLink(invite.code))}
            >
              Copy link
            </button>
            {copied && (
              <span role="status" className="small muted">
                Copied.
              </span>
            )}
          </div>
        </div>
      )}
      <FormError error={error} />
      <div className="actions">
        <button
          type="button"
          className={`button${invite ? '' : ' primary'}`}
          onClick={() => void create()}
        >
          {invite ? 'Make another invite' : 'Create invite link'}
        </button>
      </div>
    </section>
  );
}

function complianceText(c: Compliance): string {
  return c.ratio === undefined
    ? 'nothing planned'
    : `${Math.round(c.ratio * 100)} % (${c.done}/${c.planned})`;
}

const FLAG_TEXT: Record<RosterEntry['flags'][number], string> = {
  'recovery-lagging': 'Recovery lagging',
  pain: 'Pain reported',
  'persistent-pain': 'Pain for days',
  'load-spike': 'Load spike',
};

const BAND_BADGE = { good: 'badge-ok', ok: '', low: 'badge-danger' } as const;

function RosterCard({ entry: a }: { entry: RosterEntry }) {
  const r = a.readiness;
  return (
    <article className="card roster" aria-labelledby={`athlete-${a.athleteId}`}>
      <div className="row-between">
        <h3 id={`athlete-${a.athleteId}`}>
          <Link to={`/coach/athletes/${encodeURIComponent(a.athleteId)}`}>{a.name}</Link>
        </h3>
        {r.band ? (
          <span className={`badge ${BAND_BADGE[r.band]}`}>
            Readiness {r.score ?? ''} · {r.band}
          </span>
        ) : (
          <span className="badge">No recent check-in</span>
        )}
      </div>
      <dl className="facts">
        <div>
          <dt>Last 7 days</dt>
          <dd>{complianceText(a.compliance.days7)}</dd>
        </div>
        <div>
          <dt>Last 28 days</dt>
          <dd>{complianceText(a.compliance.days28)}</dd>
        </div>
        <div>
          <dt>Load ratio</dt>
          <dd>
            {a.loadRatio
              ? `${a.loadRatio.ratio.toFixed(2)} (${a.loadRatio.zone})`
              : 'under 4 weeks of logs'}
          </dd>
        </div>
      </dl>
      {r.laggingReason && <p className="small">{r.laggingReason}</p>}
      {a.flags.length > 0 && (
        <ul className="row flags" aria-label="Flags">
          {a.flags.map((f) => (
            <li key={f} className="badge badge-warn">
              {FLAG_TEXT[f]}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

function AthleteCoaches({ athleteId }: { athleteId: string }) {
  const coaches = useResource(() => api.coaches(athleteId), [athleteId]);
  const [error, setError] = useState<ApiError>();
  const remove = async (coachId: string) => {
    setError(undefined);
    try {
      await api.removeCoach(athleteId, coachId);
      coaches.reload();
    } catch (e) {
      setError(asApiError(e));
    }
  };
  return (
    <>
      <div className="page-head">
        <h1>Coach</h1>
        <p>Coaches you accepted see your plan, log and check-ins and can move sessions.</p>
      </div>
      <section className="card" aria-labelledby="coaches-title">
        <h2 id="coaches-title">Your coaches</h2>
        <Async resource={coaches} what="your coaches">
          {(list) =>
            list.length === 0 ? (
              <p className="muted">No coach yet.</p>
            ) : (
              <ul className="list-plain">
                {list.map((c) => (
                  <li key={c.coachId} className="row-between list-row">
                    <span>
                      {c.coachName}{' '}
                      <span className="muted small">since {c.createdAt.slice(0, 10)}</span>
                    </span>
                    <button
                      type="button"
                      className="button small danger"
                      onClick={() => void remove(c.coachId)}
                      aria-label={`Remove coach ${c.coachName}`}
                    >
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            )
          }
        </Async>
        <FormError error={error} />
      </section>
      <JoinByCode />
    </>
  );
}

/** An invite link's code pasted by hand (or the whole link). */
function JoinByCode() {
  const [code, setCode] = useState('');
  const [error, setError] = useState<ApiError>();
  const { errorFor, rest } = fieldErrors(error, ['code']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = code.trim();
    const fromLink = /\/join\/([^/?#\s]+)/.exec(trimmed)?.[1];
    const value = fromLink ? decodeURIComponent(fromLink) : trimmed;
    if (!value) {
      setError(asApiError(new Error('paste the invite link or code your coach sent')));
      return;
    }
    navigate(`/join/${encodeURIComponent(value)}`);
  };
  return (
    <section className="card section" aria-labelledby="join-title">
      <h2 id="join-title">Join a coach</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <TextField
          label="Invite link or code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          error={errorFor('code')}
        />
        <FormError error={rest} />
        <button type="submit" className="button">
          Continue
        </button>
      </form>
    </section>
  );
}
