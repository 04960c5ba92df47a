/**
 * The pieces every number field shares: the label with its hint above the controls, and the
 * message under them when typed text is refused.
 */

export interface FieldHeadProps {
  label: string;
  /** the hint's id, for the controls' aria-describedby */
  hintId: string;
  hint: string | undefined;
  /** a real <label> for one control; otherwise a span the controls name themselves by (`labelId`) */
  htmlFor?: string;
  labelId?: string;
}

export function FieldHead({ label, hint, hintId, htmlFor, labelId }: FieldHeadProps) {
  return (
    <div className="number-field-head">
      {htmlFor === undefined ? (
        <span id={labelId} className="number-field-label">
          {label}
        </span>
      ) : (
        <label htmlFor={htmlFor} className="number-field-label">
          {label}
        </label>
      )}
      {hint && (
        <span id={hintId} className="number-field-hint">
          {hint}
        </span>
      )}
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error: string | null }) {
  if (!error) return null;
  return (
    <p id={id} className="field-error" role="alert">
      {error}
    </p>
  );
}
