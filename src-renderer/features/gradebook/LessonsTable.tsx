import type { JournalPage, LessonView } from '../../../src-shared/api/journal';
import { lessonKindLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { formatDate } from '../../ui/format';
import { failureText, useJournal } from './store';

/** The page's lessons as a list: topic, homework and who conducted each, with their edit and delete for those allowed. */
export function LessonsTable(props: { page: JournalPage; onEdit: (lesson: LessonView) => void; onDeleted: (notice: string) => void }) {
  const g = ui.gradebook;
  const { page } = props;
  const canEdit = page.access.canEditLessons;
  const remove = async (lesson: LessonView) => {
    if (!window.confirm(g.confirmDelete(formatDate(lesson.date), lesson.pair))) return;
    const store = useJournal.getState();
    try {
      await store.withReason(page.access.reasonLessonIds.includes(lesson.id), (reason) => call('journal.deleteLesson', { lessonId: lesson.id, reason }));
      props.onDeleted(g.lessonDeleted);
      await store.reload();
    } catch (err) {
      store.setStatus({ kind: 'error', text: failureText(err) });
    }
  };
  const status = useJournal((s) => s.status);
  if (page.lessons.length === 0) return <p className="muted">{g.noLessons}</p>;
  return (
    <>
      {status?.kind === 'error' ? (
        <p className="gb-status gb-status--error" role="alert">
          {status.text}
        </p>
      ) : null}
      <table className="table gb-lessons">
        <thead>
          <tr>
            <th>{g.date}</th>
            <th>{g.pair}</th>
            <th>{g.hours}</th>
            <th>{g.kind}</th>
            <th>{g.topic}</th>
            <th>{g.homework}</th>
            <th>{g.conducted}</th>
            {canEdit ? <th aria-label={ui.common.actions} /> : null}
          </tr>
        </thead>
        <tbody>
          {page.lessons.map((x) => (
            <tr key={x.id}>
              <td>{formatDate(x.date)}</td>
              <td>{x.pair}</td>
              <td>{x.hours}</td>
              <td>{lessonKindLabels[x.kind]}</td>
              <td>{x.topic || <span className="muted">{g.noTopic}</span>}</td>
              <td>{x.homework}</td>
              <td>{x.teacherName}</td>
              {canEdit ? (
                <td>
                  <div className="actions">
                    <button type="button" className="button button--small" aria-label={`${ui.common.edit}: ${g.lessonName(formatDate(x.date), x.pair)}`} onClick={() => props.onEdit(x)}>
                      {ui.common.edit}
                    </button>
                    <button type="button" className="button button--small button--danger" aria-label={`${g.deleteLesson}: ${g.lessonName(formatDate(x.date), x.pair)}`} onClick={() => void remove(x)}>
                      {g.deleteLesson}
                    </button>
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
