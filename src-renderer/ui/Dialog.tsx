import { useEffect, useRef, type ReactNode } from 'react';

/** A modal dialog on the native <dialog>: focus stays inside, Escape closes. */
export function Dialog(props: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-label={props.title} onCancel={props.onClose}>
      <h2 className="dialog__title">{props.title}</h2>
      {props.children}
    </dialog>
  );
}
