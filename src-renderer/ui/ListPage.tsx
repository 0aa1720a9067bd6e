import { useState, type ReactNode } from 'react';
import { Banner } from './Field';

/** Which record a page's dialog edits ('new' for a new one), and the notice left when it closes. */
export function useEditor<T>(reload: () => Promise<void>) {
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return {
    editing,
    notice,
    open: (record: T | 'new') => {
      setNotice(null);
      setEditing(record);
    },
    close: () => setEditing(null),
    done: (text: string) => {
      setEditing(null);
      setNotice(text);
      void reload();
    },
  };
}

/** A list page: title with an add button for those allowed, the last notice or error, the list, the empty state. */
export function ListPage(props: {
  title: string;
  addLabel: string;
  canAdd: boolean;
  onAdd: () => void;
  notice: string | null;
  error: string | null;
  emptyText: string | null;
  children: ReactNode;
}) {
  return (
    <section>
      <header className="page-header">
        <h1>{props.title}</h1>
        {props.canAdd ? (
          <button type="button" className="button button--primary" onClick={props.onAdd}>
            {props.addLabel}
          </button>
        ) : null}
      </header>
      {props.notice ? <Banner kind="success">{props.notice}</Banner> : null}
      {props.error ? <Banner kind="error">{props.error}</Banner> : null}
      {props.children}
      {props.emptyText ? <p className="muted">{props.emptyText}</p> : null}
    </section>
  );
}
