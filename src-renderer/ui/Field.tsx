import type { ComponentProps, ReactNode } from 'react';

/** A labelled control; the hint and the error stand outside the label, so the control's name is the label alone. */
export function Field(props: { label: string; error?: string | undefined; children: ReactNode; hint?: string }) {
  return (
    <div className={`field${props.error ? ' field--error' : ''}`}>
      <label className="field__control">
        <span className="field__label">{props.label}</span>
        {props.children}
      </label>
      {props.hint && !props.error ? <span className="field__hint">{props.hint}</span> : null}
      {props.error ? (
        <span className="field__error" role="alert">
          {props.error}
        </span>
      ) : null}
    </div>
  );
}

/** A labelled input; `inputProps` is what the form's `register` gives, with the input's own attributes (type, autoFocus) beside it. */
export function TextField(props: { label: string; error?: string | undefined; hint?: string; inputProps: ComponentProps<'input'> }) {
  return (
    <Field label={props.label} error={props.error} hint={props.hint}>
      <input {...props.inputProps} />
    </Field>
  );
}

/** The options of a select over a closed list of values, each shown by its label. */
export function Options<V extends string>(props: { values: readonly V[]; labels: Record<V, string> }) {
  return (
    <>
      {props.values.map((v) => (
        <option key={v} value={v}>
          {props.labels[v]}
        </option>
      ))}
    </>
  );
}

export function Banner(props: { kind: 'error' | 'success' | 'info'; children: ReactNode }) {
  return (
    <div className={`banner banner--${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </div>
  );
}
