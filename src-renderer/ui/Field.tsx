import type { ReactNode } from 'react';

export function Field(props: { label: string; error?: string | undefined; children: ReactNode; hint?: string }) {
  return (
    <label className={`field${props.error ? ' field--error' : ''}`}>
      <span className="field__label">{props.label}</span>
      {props.children}
      {props.hint && !props.error ? <span className="field__hint">{props.hint}</span> : null}
      {props.error ? (
        <span className="field__error" role="alert">
          {props.error}
        </span>
      ) : null}
    </label>
  );
}

export function Banner(props: { kind: 'error' | 'success' | 'info'; children: ReactNode }) {
  return (
    <div className={`banner banner--${props.kind}`} role={props.kind === 'error' ? 'alert' : 'status'}>
      {props.children}
    </div>
  );
}
