// The shell: who may see which screen, the main navigation (a side bar on wide screens, a
// bottom bar on phones) and the screens, each loaded when first opened.
import { lazy, type ReactNode, Suspense, useEffect, useRef } from 'react';
import { Link, matchPath, navigate, usePath } from './router.js';
import { Landing } from './screens/landing.js';
import { Today } from './screens/today.js';
import { SessionProvider, type SignedIn, useSession } from './session.js';
import { Icon, type IconName } from './ui/icons.js';
import { ErrorState, Loading } from './ui/status.js';

const Onboarding = lazy(() => import('./screens/onboarding.js'));
const PlanPreview = lazy(() => import('./screens/plan-preview.js'));
const CalendarScreen = lazy(() => import('./screens/calendar.js'));
const Progress = lazy(() => import('./screens/progress.js'));
const Fuel = lazy(() => import('./screens/fuel.js'));
const Import = lazy(() => import('./screens/import.js'));
const Exercises = lazy(() => import('./screens/exercises.js'));
const Settings = lazy(() => import('./screens/settings.js'));
const Coach = lazy(() => import('./screens/coach.js'));
const CoachAthlete = lazy(() => import('./screens/coach-athlete.js'));
const Join = lazy(() => import('./screens/join.js'));

interface NavItem {
  to: string;
  label: string;
  icon: IconName;
}

const ATHLETE_NAV: readonly NavItem[] = [
  { to: '/today', label: 'Today', icon: 'today' },
  { to: '/calendar', label: 'Calendar', icon: 'calendar' },
  { to: '/progress', label: 'Progress', icon: 'progress' },
  { to: '/fuel', label: 'Fuel', icon: 'fuel' },
  { to: '/import', label: 'Import', icon: 'import' },
  { to: '/exercises', label: 'Exercises', icon: 'exercises' },
  { to: '/settings', label: 'Settings', icon: 'settings' },
  { to: '/coach', label: 'Coach', icon: 'coach' },
];

const COACH_NAV: readonly NavItem[] = [
  { to: '/coach', label: 'Coach', icon: 'coach' },
  { to: '/exercises', label: 'Exercises', icon: 'exercises' },
  { to: '/settings', label: 'Settings', icon: 'settings' },
];

export function App() {
  return (
    <SessionProvider>
      <Routes />
    </SessionProvider>
  );
}

function Redirect({ to }: { to: string }) {
  useEffect(() => navigate(to, { replace: true }), [to]);
  return null;
}

function Routes() {
  const { session, refresh } = useSession();
  const path = usePath();
  if (session.state === 'loading') {
    return (
      <Bare>
        <Loading what="runstrong" />
      </Bare>
    );
  }
  if (session.state === 'error') {
    return (
      <Bare>
        <ErrorState error={session.error} retry={() => void refresh()} />
      </Bare>
    );
  }
  const join = matchPath('/join/:code', path);
  if (session.state === 'anonymous') {
    if (join) return <Bare>{screen(<Join code={join.code!} />)}</Bare>;
    if (path === '/' || path === '/signup' || path === '/login') return <Landing path={path} />;
    return <Redirect to="/login" />;
  }
  if (join) return <Bare>{screen(<Join code={join.code!} />)}</Bare>;
  return session.account.role === 'coach' ? (
    <CoachRoutes path={path} />
  ) : (
    <AthleteRoutes path={path} session={session} />
  );
}

function screen(node: ReactNode) {
  return <Suspense fallback={<Loading what="the page" />}>{node}</Suspense>;
}

function AthleteRoutes({ path, session }: { path: string; session: SignedIn }) {
  if (!session.profile || !session.hasPlan) {
    if (path !== '/welcome') return <Redirect to="/welcome" />;
    return <Bare>{screen(<Onboarding />)}</Bare>;
  }
  const body = (() => {
    switch (path) {
      case '/today':
        return <Today />;
      case '/plan':
        return <PlanPreview />;
      case '/calendar':
        return <CalendarScreen />;
      case '/progress':
        return <Progress />;
      case '/fuel':
        return <Fuel />;
      case '/import':
        return <Import />;
      case '/exercises':
        return <Exercises />;
      case '/settings':
        return <Settings />;
      case '/coach':
        return <Coach />;
      default:
        return undefined;
    }
  })();
  // Fresh from onboarding: the preview of the new plan.
  if (path === '/welcome') return <Redirect to="/plan" />;
  if (!body) return <Redirect to="/today" />;
  return <Shell nav={ATHLETE_NAV}>{screen(body)}</Shell>;
}

function CoachRoutes({ path }: { path: string }) {
  const athlete = matchPath('/coach/athletes/:id', path);
  const body = athlete ? (
    <CoachAthlete athleteId={athlete.id!} />
  ) : path === '/coach' ? (
    <Coach />
  ) : path === '/exercises' ? (
    <Exercises />
  ) : path === '/settings' ? (
    <Settings />
  ) : undefined;
  if (!body) return <Redirect to="/coach" />;
  return <Shell nav={COACH_NAV}>{screen(body)}</Shell>;
}

/** Screens before the main navigation exists: sign-in, onboarding, an invite. */
function Bare({ children }: { children: ReactNode }) {
  return (
    <div className="bare">
      <header className="bare-header">
        <Brand />
      </header>
      <main id="main" className="bare-main">
        {children}
      </main>
    </div>
  );
}

function Brand() {
  return (
    <span className="brand">
      <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="8" fill="var(--brand)" />
        <path
          d="M9 22l5-12 4 8 3-5 2 9"
          stroke="#fff"
          strokeWidth="2.5"
          fill="none"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      runstrong
    </span>
  );
}

function Shell({ nav, children }: { nav: readonly NavItem[]; children: ReactNode }) {
  const path = usePath();
  const { session, signOut } = useSession();
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(path);
  // After a navigation, take keyboard and screen-reader focus to the new page's heading.
  useEffect(() => {
    if (path === firstPath.current) return;
    firstPath.current = '';
    const focus = () => {
      const heading = mainRef.current?.querySelector('h1');
      if (heading) {
        heading.setAttribute('tabindex', '-1');
        heading.focus({ preventScroll: true });
      }
    };
    // The lazily loaded page may not be there yet: try again once it has rendered.
    const timer = window.setTimeout(focus, 150);
    focus();
    return () => window.clearTimeout(timer);
  }, [path]);
  const name = session.state === 'signed-in' ? session.account.name : '';
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top-bar">
        <Brand />
        <div className="top-bar-account">
          <span className="who">{name}</span>
          <button type="button" className="button link" onClick={() => void signOut()}>
            Log out
          </button>
        </div>
      </header>
      <nav className="main-nav" aria-label="Main">
        <ul style={{ gridTemplateColumns: `repeat(${nav.length}, minmax(0, 1fr))` }}>
          {nav.map((item) => {
            const current = path === item.to || path.startsWith(`${item.to}/`);
            return (
              <li key={item.to}>
                <Link to={item.to} aria-current={current ? 'page' : undefined}>
                  <Icon name={item.icon} />
                  <span className="nav-label">{item.label}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <main id="main" className="page" ref={mainRef}>
        {children}
      </main>
    </div>
  );
}
