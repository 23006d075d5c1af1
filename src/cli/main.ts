// The runstrong command line. Each command loads its own modules when it runs, so `runstrong
// plan` never pays for the parts it does not use.
import { Command, CommanderError, Option } from 'commander';
import { InputError } from '../core/errors.js';
import type { CliIo } from './io.js';

/** Exit codes: 0 done, 1 a check found problems, 2 bad input. */
export const EXIT_BAD_INPUT = 2;

/** Thrown by a command that has already printed its explanation. */
export class CliExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

const planFlags = (cmd: Command): Command =>
  cmd
    .option('--profile <file>', 'read the answers from a profile file (runstrong init writes one)')
    .option('--distance <d>', 'goal race: 5k, 10k, half, marathon')
    .option('--weeks <n>', 'plan length in weeks (8–20)')
    .option('--race-date <date>', 'race day (YYYY-MM-DD); the plan ends on it')
    .option('--start <date>', 'first day of the plan (default: tomorrow)')
    .option('--focus <f>', 'endurance, balanced or muscle (default balanced)')
    .option('--days <list>', 'days you can train, e.g. mon,tue,thu,sat')
    .option('--minutes <list>', 'minutes you have on a day, e.g. mon=45,sat=120')
    .option('--long-run-day <day>', 'day for the long run (default sat)')
    .option('--weekly-km <km>', 'running you do now per week')
    .option('--weekly-mi <mi>', 'the same in miles')
    .option('--recent <race>', 'a recent race or time trial, e.g. 5k=22:30')
    .option('--sex <s>', 'male or female (for energy needs)')
    .option('--age <years>', 'age in years')
    .option('--height <h>', 'height: cm, or with a unit (178cm, 5ft10in, 70in)')
    .option('--weight <w>', 'body weight: kg, or with a unit (72kg, 160lb)')
    .option('--body-fat <pct>', 'body fat percentage, if known')
    .option('--experience <level>', 'beginner, intermediate or advanced (default intermediate)')
    .option('--equipment <e>', 'gym, home (dumbbells) or bodyweight (default gym)')
    .option('--upper-emphasis', 'more press and pull work for upper-body growth')
    .option('--heat', 'hot or humid weather: more fluid and electrolytes')
    .option('--units <u>', 'km or mi for what you read (default km)');

export function buildProgram(io: CliIo): Command {
  const program = new Command('runstrong')
    .description('Running and lifting planned as one week, with fuel and recovery.')
    .version('0.1.0')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });

  planFlags(
    program.command('plan').description('make a training plan: runs, lifts and fuel for every day'),
  )
    .addOption(
      new Option('--format <f>', 'output format')
        .choices(['text', 'json', 'md', 'ics', 'fit'])
        .default('text'),
    )
    .option(
      '--out <path>',
      'write to a file instead of the screen (with --format fit: a folder, one file per run)',
    )
    .option('--save', 'also store the profile and plan on the local store (runstrong today, week)')
    .option('--athlete <email>', 'with --save: whose plan (default: the local athlete "me")')
    .action(async (opts) => (await import('./commands/plan.js')).planCommand(opts, io));

  program
    .command('paces')
    .description('fitness (VDOT), training paces, race predictions and a race-day split plan')
    .requiredOption('--race <race>', 'a race or time trial, e.g. 5k=22:30, 1500=5:10, half=1:45:00')
    .option('--goal <distance>', 'race to plan splits for: 5k, 10k, half, marathon')
    .addOption(new Option('--split <style>', 'even or negative').choices(['even', 'negative']))
    .option('--units <u>', 'km or mi')
    .option('--json', 'print JSON (seconds, per km)')
    .action(async (opts) => (await import('./commands/paces.js')).pacesCommand(opts, io));

  program
    .command('fuel')
    .description('daily energy, protein, carbohydrate and fat targets')
    .option('--profile <file>', 'read body and focus from a profile file')
    .option('--sex <s>', 'male or female')
    .option('--age <years>', 'age in years')
    .option('--height <h>', 'height: cm, or with a unit')
    .option('--weight <w>', 'body weight: kg, or with a unit')
    .option('--body-fat <pct>', 'body fat percentage, if known')
    .option('--focus <f>', 'endurance, balanced or muscle')
    .option('--plan <file>', 'a plan file (runstrong plan --format json) to take a day from')
    .option('--date <date>', 'the plan day to fuel (needs --plan); default: a rest day')
    .option('--heat', 'hot or humid weather')
    .option('--units <u>', 'km or mi')
    .option('--json', 'print JSON')
    .action(async (opts) => (await import('./commands/fuel.js')).fuelCommand(opts, io));

  program
    .command('exercises')
    .description('the exercise library, with cues')
    .option('--pattern <p>', 'squat, hinge, lunge, push, pull, carry, calf, core, mobility')
    .option('--equipment <e>', 'gym, home or bodyweight')
    .option('--json', 'print JSON')
    .action(async (opts) => (await import('./commands/exercises.js')).exercisesCommand(opts, io));

  program
    .command('check')
    .description('check a plan file against the rules; exit 1 with every violation')
    .argument('<plan.json>', 'a plan in the JSON plan format')
    .option('--json', 'print the violations as JSON')
    .action(async (file, opts) =>
      (await import('./commands/check.js')).checkCommand(file, opts, io),
    );

  program
    .command('catalog')
    .description('every plan runstrong makes, by distance, focus and level')
    .option('--distance <d>', 'only this distance')
    .option('--json', 'print JSON')
    .action(async (opts) => (await import('./commands/catalog.js')).catalogCommand(opts, io));

  program
    .command('init')
    .description('answer a few questions and save them as a profile file')
    .option('--out <file>', 'where to write the profile', 'runstrong-profile.json')
    .action(async (opts) => (await import('./commands/init.js')).initCommand(opts, io));

  program
    .command('serve')
    .description('run the service: the HTTP API, and the web app when built')
    .option('--port <n>', 'port to listen on (default: $PORT, else 3000)')
    .option(
      '--host <address>',
      'address to listen on (default: $HOST, else 127.0.0.1: this machine only)',
    )
    .action(async (opts) => (await import('./commands/serve.js')).serveCommand(opts, io));

  const athleteFlag = '--athlete <email>';
  const athleteHelp = 'whose history (default: the local athlete "me", made on first use)';

  program
    .command('import')
    .description(
      'import activity files: FIT, GPX, TCX (or .gz), folders, Strava and Garmin export zips',
    )
    .argument('<paths...>', 'files, folders or .zip exports')
    .option('--json', 'print the summary as JSON')
    .option(athleteFlag, athleteHelp)
    .action(async (paths, opts) =>
      (await import('./commands/import.js')).importCommand(paths, opts, io),
    );

  program
    .command('activities')
    .description('imported activities with distance, time, heart rate and load')
    .option('--from <date>', 'first day (YYYY-MM-DD; default: the start of the history)')
    .option('--to <date>', 'last day (YYYY-MM-DD; default: today)')
    .option('--json', 'print JSON')
    .option(athleteFlag, athleteHelp)
    .action(async (opts) => (await import('./commands/activities.js')).activitiesCommand(opts, io));

  program
    .command('load')
    .description('daily load, fitness/fatigue/form, acute:chronic ratio and weekly volume')
    .option('--date <date>', 'last day shown (YYYY-MM-DD; default: today)')
    .option('--json', 'print JSON')
    .option(athleteFlag, athleteHelp)
    .action(async (opts) => (await import('./commands/load.js')).loadCommand(opts, io));

  program
    .command('today')
    .description("the day's sessions with structure and paces, fuel and readiness")
    .option('--date <date>', 'the day (YYYY-MM-DD; default: today)')
    .option('--json', 'print JSON')
    .option(athleteFlag, athleteHelp)
    .action(async (opts) => (await import('./commands/today.js')).todayCommand(opts, io));

  const log = program.command('log').description('log a run or a lifting session');
  const collect = (value: string, previous: string[] = []) => [...previous, value];
  log
    .command('run')
    .description('log a run, e.g. --type easy --distance 8km --time 45:00')
    .option('--date <date>', 'the day (YYYY-MM-DD; default: today)')
    .option(
      '--type <type>',
      'easy, recovery, long, tempo, intervals, hills, strides, race-pace, race',
      'easy',
    )
    .option('--distance <d>', 'distance, e.g. 8km or 5mi')
    .option('--time <t>', 'duration, mm:ss or h:mm:ss')
    .option('--rpe <n>', 'effort 1–10')
    .option('--avg-hr <bpm>', 'average heart rate')
    .option('--json', 'print JSON')
    .option(athleteFlag, athleteHelp)
    .action(async (opts) => (await import('./commands/log.js')).logCommand('run', opts, io));
  log
    .command('lift')
    .description('log a lifting session, e.g. --time 35:00 --set back-squat:8x60kg@2')
    .option('--date <date>', 'the day (YYYY-MM-DD; default: today)')
    .option('--time <t>', 'duration, mm:ss or h:mm:ss')
    .option('--set <set>', 'exercise:REPSxLOAD[kg|lb][@RIR]; repeat for each set', collect)
    .option('--rpe <n>', 'effort 1–10')
    .option('--json', 'print JSON')
    .option(athleteFlag, athleteHelp)
    .action(async (opts) => (await import('./commands/log.js')).logCommand('lift', opts, io));

  program
    .command('checkin')
    .description('the morning check-in: sleep, soreness, motivation, fatigue, pain')
    .option('--date <date>', 'the day (YYYY-MM-DD; default: today)')
    .option('--sleep <hours>', 'hours slept, e.g. 7.5')
    .option('--soreness <1-5>', '1 none to 5 very sore')
    .option('--motivation <1-5>', '1 low to 5 high')
    .option('--fatigue <1-5>', '1 fresh to 5 exhausted')
    .option('--resting-hr <bpm>', 'morning resting heart rate')
    .option('--pain <where>', 'where it hurts, e.g. "left knee"')
    .option('--json', 'print JSON')
    .option(athleteFlag, athleteHelp)
    .action(async (opts) => (await import('./commands/checkin.js')).checkinCommand(opts, io));

  program
    .command('week')
    .description('the training week around a date: planned next to done')
    .option('--date <date>', 'a day in the week (YYYY-MM-DD; default: today)')
    .option('--json', 'print JSON')
    .option(athleteFlag, athleteHelp)
    .action(async (opts) => (await import('./commands/week.js')).weekCommand(opts, io));

  return program;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (e) {
    if (e instanceof CliExit) return e.code;
    if (e instanceof InputError) {
      io.err(`runstrong: ${e.message}\n`);
      return EXIT_BAD_INPUT;
    }
    if (e instanceof CommanderError) {
      // Help and version end here too, with code 0.
      return e.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
    }
    throw e;
  }
}
