// Form fields with their label, hint and error tied together for screen readers: the error
// sits right under the field it is about and is announced with it.
import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, useId } from 'react';
import type { ApiError } from '../api.js';

interface FieldFrame {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

function describedBy(hintId: string, errorId: string, f: FieldFrame): string | undefined {
  const ids = [f.hint ? hintId : '', f.error ? errorId : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Frame({ id, f, children }: { id: string; f: FieldFrame; children: ReactNode }) {
  return (
    <div className={`field${f.error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{f.label}</label>
      {children}
      {f.hint && (
        <p className="hint" id={`${id}-hint`}>
          {f.hint}
        </p>
      )}
      {f.error && (
        <p className="field-error" id={`${id}-error`}>
          {f.error}
        </p>
      )}
    </div>
  );
}

export function TextField({
  label,
  hint,
  error,
  ...input
}: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const f = { label, hint, error };
  return (
    <Frame id={id} f={f}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-error`, f)}
        {...input}
      />
    </Frame>
  );
}

export function SelectField({
  label,
  hint,
  error,
  options,
  ...select
}: FieldFrame &
  SelectHTMLAttributes<HTMLSelectElement> & {
    options: readonly { value: string; label: string }[];
  }) {
  const id = useId();
  const f = { label, hint, error };
  return (
    <Frame id={id} f={f}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-hint`, `${id}-error`, f)}
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

/** A row of radio buttons that reads as one question (a fieldset with its legend). */
export function Choice<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  error,
  hint,
  compact = false,
  scale = false,
}: {
  legend: ReactNode;
  name: string;
  value: T | undefined;
  options: readonly { value: T; label: ReactNode; detail?: ReactNode }[];
  onChange: (value: T) => void;
  error?: string | undefined;
  hint?: ReactNode;
  compact?: boolean;
  /** Equal boxes in one row, for a 1–5 rating. */
  scale?: boolean;
}) {
  const id = useId();
  return (
    <fieldset
      className={`choice${compact ? ' choice-compact' : ''}${scale ? ' choice-scale' : ''}${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className="choice-options">
        {options.map((o) => (
          <label key={o.value} className="choice-option">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <span>
              {o.label}
              {o.detail && <small>{o.detail}</small>}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

/**
 * Splits an API error between the fields of a form: `errorFor(name)` gives the message when the
 * server named that field, and `rest` is the error no field on the form claims.
 */
export function fieldErrors(error: ApiError | undefined, fields: readonly string[]) {
  const claimed = error?.field !== undefined && fields.some((f) => owns(f, error.field!));
  return {
    errorFor: (name: string) =>
      error?.field !== undefined && owns(name, error.field) ? error.message : undefined,
    rest: claimed ? undefined : error,
  };
}

/** "sets[2].reps" belongs to the field named "sets[2].reps" and to "sets". */
function owns(name: string, field: string): boolean {
  return field === name || field.startsWith(`${name}.`) || field.startsWith(`${name}[`);
}

/** An error that belongs to the form as a whole, announced when it appears. */
export function FormError({ error }: { error: ApiError | undefined }) {
  if (!error) return null;
  return (
    <div className="form-error" role="alert">
      <p>{error.message}</p>
      {error.fix && <p className="hint">{error.fix}</p>}
    </div>
  );
}
