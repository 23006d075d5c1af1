// The front door: what runstrong does, and sign-up or log-in right there.
import { type FormEvent, useState } from 'react';
import { type ApiError, api } from '../api.js';
import { asApiError } from '../resource.js';
import { navigate } from '../router.js';
import { useSession } from '../session.js';
import { FormError, fieldErrors, TextField } from '../ui/field.js';

export function Landing({ path }: { path: string }) {
  return (
    <main id="main" className="landing">
      <section className="landing-intro" aria-labelledby="landing-title">
        <p className="brand brand-large" aria-hidden="true">
          runstrong
        </p>
        <h1 id="landing-title">Run faster and build muscle, in one week that fits.</h1>
        <p className="lead">
          runstrong plans your runs and your lifting together, keeps leg days away from hard runs,
          sets the food that makes the work count, and lightens the week when your body asks for it.
        </p>
        <ul className="landing-points">
          <li>Plans for 5K to the marathon, 8 to 20 weeks</li>
          <li>Strength sessions with sets, reps and reps in reserve</li>
          <li>Daily fuel targets and a morning check-in</li>
          <li>Coaches follow their athletes in one place</li>
        </ul>
      </section>
      <section className="landing-auth card" aria-label="Your account">
        <AuthForms
          initial={path === '/login' ? 'login' : 'signup'}
          onMode={(m) => navigate(m === 'login' ? '/login' : '/signup', { replace: true })}
        />
      </section>
    </main>
  );
}

type Mode = 'signup' | 'login';

/** Sign-up and log-in, one at a time; used on the landing page and on an invite. */
export function AuthForms({
  initial,
  onMode,
  afterSignIn,
}: {
  initial: Mode;
  onMode?: (mode: Mode) => void;
  /** Where to go once signed in; the default lets the app pick the right first screen. */
  afterSignIn?: string;
}) {
  const [mode, setMode] = useState<Mode>(initial);
  const switchTo = (m: Mode) => {
    setMode(m);
    onMode?.(m);
  };
  return mode === 'signup' ? (
    <SignupForm afterSignIn={afterSignIn} onSwitch={() => switchTo('login')} />
  ) : (
    <LoginForm afterSignIn={afterSignIn} onSwitch={() => switchTo('signup')} />
  );
}

function useSignIn(afterSignIn: string | undefined) {
  const { refresh } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();
  const run = async (call: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await call();
      if (afterSignIn) navigate(afterSignIn, { replace: true });
      await refresh();
    } catch (e) {
      setError(asApiError(e));
      setBusy(false);
    }
  };
  return { busy, error, run };
}

function SignupForm({
  afterSignIn,
  onSwitch,
}: {
  afterSignIn: string | undefined;
  onSwitch: () => void;
}) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [coach, setCoach] = useState(false);
  const { busy, error, run } = useSignIn(afterSignIn);
  const { errorFor, rest } = fieldErrors(error, ['name', 'email', 'password']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() => api.signup({ name, email, password, role: coach ? 'coach' : 'athlete' }));
  };
  return (
    <form onSubmit={submit} className="stack" noValidate>
      <h2>Create your account</h2>
      <TextField
        label="Name"
        autoComplete="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        required
        error={errorFor('name')}
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        required
        error={errorFor('email')}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        required
        minLength={8}
        hint="At least 8 characters."
        error={errorFor('password')}
      />
      <label className="check">
        <input type="checkbox" checked={coach} onChange={(e) => setCoach(e.target.checked)} />
        <span>I coach other runners (a coach account, no plan of my own)</span>
      </label>
      <FormError error={rest} />
      <button type="submit" className="button primary wide" disabled={busy}>
        Sign up
      </button>
      <p className="switch">
        Already have an account?{' '}
        <button type="button" className="button link" onClick={onSwitch}>
          Log in
        </button>
      </p>
    </form>
  );
}

function LoginForm({
  afterSignIn,
  onSwitch,
}: {
  afterSignIn: string | undefined;
  onSwitch: () => void;
}) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useSignIn(afterSignIn);
  const { errorFor, rest } = fieldErrors(error, ['email', 'password']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(() => api.login({ email, password }));
  };
  return (
    <form onSubmit={submit} className="stack" noValidate>
      <h2>Welcome back</h2>
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        required
        error={errorFor('email')}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        required
        error={errorFor('password')}
      />
      <FormError error={rest} />
      <button type="submit" className="button primary wide" disabled={busy}>
        Log in
      </button>
      <p className="switch">
        New here?{' '}
        <button type="button" className="button link" onClick={onSwitch}>
          Sign up
        </button>
      </p>
    </form>
  );
}
