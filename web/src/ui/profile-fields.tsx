// The profile's questions, grouped as the onboarding wizard asks them and reused whole in
// Settings, with the conversion between the form's text (in the runner's units) and the API's
// metric profile. Parsing uses the core's unit parsers; a slip throws the core's InputError
// naming the API field, which the form shows beside the input.
import { InputError } from '../../../src/core/errors.js';
import type {
  Equipment,
  Experience,
  Focus,
  Sex,
  Units,
  Weekday,
} from '../../../src/core/plan/types.js';
import { cmToIn, kgToLb, kmToMi, parseDistanceKm } from '../../../src/core/units/index.js';
import type { Profile, ProfileInput } from '../api.js';
import { parseBodyHeightCm, parseBodyMassKg } from '../units.js';
import { DISTANCE_OPTIONS, WEEKDAY_OPTIONS } from '../words.js';
import { Choice, SelectField, TextField } from './field.js';

export interface ProfileDraft {
  units: Units;
  sex: Sex | undefined;
  age: string;
  weight: string;
  height: string;
  bodyFat: string;
  weeklyVolume: string;
  experience: Experience;
  raceDistance: string;
  raceTime: string;
  days: Weekday[];
  longRunDay: Weekday;
  focus: Focus;
  equipment: Equipment;
}

/** The seed's sample week trains on five days with the long run on Saturday. */
export function emptyDraft(): ProfileDraft {
  return {
    units: 'km',
    sex: undefined,
    age: '',
    weight: '',
    height: '',
    bodyFat: '',
    weeklyVolume: '',
    experience: 'intermediate',
    raceDistance: '',
    raceTime: '',
    days: ['mon', 'tue', 'thu', 'fri', 'sat'],
    longRunDay: 'sat',
    focus: 'balanced',
    equipment: 'gym',
  };
}

const trimNumber = (n: number, decimals = 1) => String(Number(n.toFixed(decimals)));

/** The form's text for a stored profile, in its units. */
export function draftFromProfile(p: Profile): ProfileDraft {
  const imperial = p.units === 'mi';
  const totalIn = Math.round(cmToIn(p.heightCm));
  return {
    units: p.units,
    sex: p.sex,
    age: String(p.age),
    weight: trimNumber(imperial ? kgToLb(p.weightKg) : p.weightKg),
    height: imperial ? `${Math.floor(totalIn / 12)}'${totalIn % 12}"` : trimNumber(p.heightCm, 0),
    bodyFat: p.bodyFatPct === undefined ? '' : String(p.bodyFatPct),
    weeklyVolume: trimNumber(imperial ? kmToMi(p.weeklyKm) : p.weeklyKm),
    experience: p.experience,
    raceDistance: p.recent ? raceDistanceName(p.recent.distanceM) : '',
    raceTime: p.recent ? clock(p.recent.timeSec) : '',
    days: p.days,
    longRunDay: p.longRunDay,
    focus: p.focus,
    equipment: p.equipment,
  };
}

function raceDistanceName(distanceM: number): string {
  return DISTANCE_OPTIONS.find((o) => o.metres === distanceM)?.value ?? `${distanceM}m`;
}

function clock(sec: number): string {
  const h = Math.floor(sec / 3600);
  const m = Math.floor((sec % 3600) / 60);
  const s = Math.round(sec % 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

const isNumber = (text: string) => text.trim() !== '' && Number.isFinite(Number(text));

/**
 * The profile the API takes, from the form's text. Unit conversion and parsing use the core's
 * parsers; a slip throws the core's InputError naming the API field, shown beside the input.
 */
export function profileFromDraft(d: ProfileDraft): ProfileInput {
  if (!d.sex) throw new InputError('choose the sex your energy needs are estimated for', 'sex');
  if (!isNumber(d.age)) throw new InputError('age: enter your age in years, e.g. 34', 'age');
  if (d.bodyFat.trim() !== '' && !isNumber(d.bodyFat))
    throw new InputError('body fat: a percentage such as 18, or leave it empty', 'bodyFatPct');
  const weightKg = parseBodyMassKg(d.weight, d.units, 'weightKg');
  const heightCm = parseBodyHeightCm(d.height, d.units, 'heightCm');
  const weeklyKm = parseDistanceKm(d.weeklyVolume, d.units, 'weeklyKm');
  const recent =
    d.raceDistance && d.raceTime.trim() ? `${d.raceDistance}=${d.raceTime.trim()}` : undefined;
  if (d.raceDistance && !d.raceTime.trim())
    throw new InputError('recent race: add your time, e.g. 24:30, or pick no race', 'recent');
  return {
    units: d.units,
    sex: d.sex,
    age: Number(d.age),
    weightKg: Math.round(weightKg * 10) / 10,
    heightCm: Math.round(heightCm),
    ...(d.bodyFat.trim() !== '' && { bodyFatPct: Number(d.bodyFat) }),
    weeklyKm: Math.round(weeklyKm * 10) / 10,
    experience: d.experience,
    ...(recent && { recent }),
    days: d.days,
    longRunDay: d.longRunDay,
    focus: d.focus,
    equipment: d.equipment,
  };
}

interface GroupProps {
  draft: ProfileDraft;
  set: (patch: Partial<ProfileDraft>) => void;
  errorFor: (field: string) => string | undefined;
  autoFocus?: boolean;
}

export function UnitsFields({ draft: p, set: setP, errorFor }: GroupProps) {
  return (
    <div className="stack">
      <Choice
        legend="Units"
        name="units"
        value={p.units}
        onChange={(units) => setP({ units })}
        error={errorFor('units')}
        options={[
          { value: 'km', label: 'Kilometres and kilograms', detail: 'Paces per km, cm' },
          { value: 'mi', label: 'Miles and pounds', detail: 'Paces per mile, feet and inches' },
        ]}
      />
    </div>
  );
}

export function BodyFields({ draft: p, set: setP, errorFor, autoFocus = false }: GroupProps) {
  const weightUnit = p.units === 'mi' ? 'lb' : 'kg';
  return (
    <div className="stack">
      <p className="muted">Your body sets your energy and protein targets.</p>
      <div className="grid-2">
        <TextField
          label={`Weight (${weightUnit})`}
          inputMode="decimal"
          value={p.weight}
          onChange={(e) => setP({ weight: e.target.value })}
          error={errorFor('weightKg')}
          autoFocus={autoFocus}
        />
        <TextField
          label={p.units === 'mi' ? 'Height (feet and inches)' : 'Height (cm)'}
          inputMode={p.units === 'mi' ? 'text' : 'decimal'}
          placeholder={p.units === 'mi' ? `5'10"` : ''}
          value={p.height}
          onChange={(e) => setP({ height: e.target.value })}
          error={errorFor('heightCm')}
        />
        <TextField
          label="Age (years)"
          inputMode="numeric"
          value={p.age}
          onChange={(e) => setP({ age: e.target.value })}
          error={errorFor('age')}
        />
        <TextField
          label="Body fat (%, optional)"
          inputMode="decimal"
          value={p.bodyFat}
          onChange={(e) => setP({ bodyFat: e.target.value })}
          error={errorFor('bodyFatPct')}
          hint="Only if you know it; it makes the energy estimate closer."
        />
      </div>
      <Choice
        legend="Sex"
        name="sex"
        compact
        value={p.sex}
        onChange={(sex) => setP({ sex })}
        error={errorFor('sex')}
        hint="Used only for the resting-energy estimate."
        options={[
          { value: 'female', label: 'Female' },
          { value: 'male', label: 'Male' },
        ]}
      />
    </div>
  );
}

export function RunningFields({ draft: p, set: setP, errorFor, autoFocus = false }: GroupProps) {
  return (
    <div className="stack">
      <TextField
        label={`Weekly volume (${p.units}, over the last few weeks)`}
        inputMode="decimal"
        value={p.weeklyVolume}
        onChange={(e) => setP({ weeklyVolume: e.target.value })}
        error={errorFor('weeklyKm')}
        hint="Roughly what you run in a normal week now; 0 is fine if you are starting out."
        autoFocus={autoFocus}
      />
      <Choice
        legend="Experience"
        name="experience"
        value={p.experience}
        onChange={(experience) => setP({ experience })}
        error={errorFor('experience')}
        options={[
          { value: 'beginner', label: 'Beginner', detail: 'Under a year of regular running' },
          { value: 'intermediate', label: 'Intermediate', detail: 'A few races behind you' },
          { value: 'advanced', label: 'Advanced', detail: 'Years of structured training' },
        ]}
      />
      <div className="grid-2">
        <SelectField
          label="Recent race (optional)"
          value={p.raceDistance}
          onChange={(e) => setP({ raceDistance: e.target.value })}
          options={[{ value: '', label: 'No recent race' }, ...DISTANCE_OPTIONS]}
          hint="A race or time trial in the last two months sets your paces."
          error={errorFor('recent')}
        />
        {p.raceDistance && (
          <TextField
            label="Recent race time (mm:ss or h:mm:ss)"
            placeholder="24:30"
            value={p.raceTime}
            onChange={(e) => setP({ raceTime: e.target.value })}
          />
        )}
      </div>
    </div>
  );
}

export function WeekFields({ draft: p, set: setP, errorFor }: GroupProps) {
  return (
    <div className="stack">
      <fieldset className={errorFor('days') ? 'field-invalid' : ''}>
        <legend className="field-legend">Training days</legend>
        <p className="hint">The days you can train; rest falls on the others.</p>
        <div className="days">
          {WEEKDAY_OPTIONS.map((d) => (
            <label key={d.value}>
              <input
                type="checkbox"
                checked={p.days.includes(d.value)}
                onChange={(e) =>
                  setP({
                    days: e.target.checked
                      ? [...p.days, d.value]
                      : p.days.filter((x) => x !== d.value),
                  })
                }
              />
              <span aria-hidden="true">{d.short}</span>
              <span className="visually-hidden">{d.label}</span>
            </label>
          ))}
        </div>
        {errorFor('days') && <p className="field-error">{errorFor('days')}</p>}
      </fieldset>
      <SelectField
        label="Long run day"
        value={p.longRunDay}
        onChange={(e) => setP({ longRunDay: e.target.value as Weekday })}
        options={WEEKDAY_OPTIONS}
        error={errorFor('longRunDay')}
      />
      <Choice
        legend="Focus"
        name="focus"
        value={p.focus}
        onChange={(focus) => setP({ focus })}
        error={errorFor('focus')}
        options={[
          {
            value: 'endurance',
            label: 'Endurance first',
            detail: 'More running, 1–2 light strength sessions',
          },
          {
            value: 'balanced',
            label: 'Balanced',
            detail: 'Faster and stronger in equal measure',
          },
          {
            value: 'muscle',
            label: 'Muscle first',
            detail: 'Less running, 2–3 heavier strength sessions',
          },
        ]}
      />
      <Choice
        legend="Equipment"
        name="equipment"
        value={p.equipment}
        onChange={(equipment) => setP({ equipment })}
        error={errorFor('equipment')}
        options={[
          { value: 'gym', label: 'A gym', detail: 'Barbells, machines, everything' },
          { value: 'home', label: 'Dumbbells at home', detail: 'Dumbbells and a bench' },
          { value: 'bodyweight', label: 'Bodyweight only', detail: 'No equipment' },
        ]}
      />
    </div>
  );
}
