import type { ReactNode } from 'react';

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

export function Banner(props: { kind: 'error' | 'success' | 'info'; children: ReactNode }) {
  return (
    <div className={`banner banner--${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </div>
  );
}
