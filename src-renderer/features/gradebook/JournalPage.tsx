import { useEffect, useRef, useState } from 'react';
import type { JournalPage as Page, LessonView, PageStudentView } from '../../../src-shared/api/journal';
import type { FinalKind } from '../../../src-shared/domain/gradebook';
import { ui } from '../../../src-shared/i18n/ui';
import { useSession } from '../../app/session-store';
import { Banner } from '../../ui/Field';
import { formatDate } from '../../ui/format';
import { AbsenceReasonDialog, FinalPicker, ReasonPrompt } from './CellDialogs';
import { refocusGrid } from './grid-model';
import { JournalGrid, type GridActions } from './JournalGrid';
import { LessonDialog } from './LessonDialog';
import { LessonsTable } from './LessonsTable';
import { useJournal } from './store';

type Open =
  | { kind: 'lesson'; lesson: LessonView | null }
  | { kind: 'absence'; lesson: LessonView; student: PageStudentView }
  | { kind: 'final'; student: PageStudentView; finalKind: FinalKind };

const tabs = ['grid', 'lessons'] as const;
type Tab = (typeof tabs)[number];

/** A journal page: one load line's lessons, the grid of attendance and marks, the finals. */
export function JournalPage(props: { lineId: string }) {
  const g = ui.gradebook;
  const closeJournal = useSession((s) => s.closeJournal);
  const page = useJournal((s) => s.page);
  const loading = useJournal((s) => s.loading);
  const error = useJournal((s) => s.error);
  const reason = useJournal((s) => s.reason);
  const [open, setOpen] = useState<Open | null>(null);
  const [tab, setTab] = useState<Tab>('grid');
  const [focusLesson, setFocusLesson] = useState<{ lessonId: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void useJournal.getState().open(props.lineId);
    // Leaving the page while it asks for a reason declines it, so the waiting change is dropped, not left hanging.
    return () => useJournal.getState().reasonPrompt?.resolve(null);
  }, [props.lineId]);

  const actions: GridActions = {
    editLesson: (lesson) => setOpen({ kind: 'lesson', lesson }),
    absenceReason: (lesson, student) => setOpen({ kind: 'absence', lesson, student }),
    pickFinal: (student, kind) => setOpen({ kind: 'final', student, finalKind: kind }),
  };

  // When a dialog over the grid closes (and is gone from the page), the cursor's cell takes the focus back.
  const hadDialog = useRef(false);
  useEffect(() => {
    if (hadDialog.current && !open) refocusGrid();
    hadDialog.current = open !== null;
  }, [open]);
  const closeDialog = () => setOpen(null);

  const lessonSaved = async (lesson: LessonView, created: boolean) => {
    setOpen(null);
    setNotice(created ? g.lessonCreated : ui.common.saved);
    await useJournal.getState().reload();
    if (created) {
      setTab('grid');
      setFocusLesson({ lessonId: lesson.id });
    }
  };

  return (
    <section className="journal">
      <header className="page-header">
        <h1>{page ? `${page.line.disciplineCode} ${page.line.disciplineName}` : g.title}</h1>
        <div className="actions">
          {page?.access.canEditLessons ? (
            <button type="button" className="button button--primary" onClick={() => setOpen({ kind: 'lesson', lesson: null })}>
              {g.addLesson}
            </button>
          ) : null}
          <button type="button" className="button" onClick={closeJournal}>
            {g.back}
          </button>
        </div>
      </header>
      {error ? <Banner kind="error">{error}</Banner> : null}
      {loading && !page ? <p className="muted">{ui.common.loading}</p> : null}
      {page ? <PageFacts page={page} /> : null}
      {page?.closed.closed ? <Banner kind="info">{page.closed.reason ? g.closedWithReason(page.closed.reason) : g.closed}</Banner> : null}
      {notice ? <Banner kind="success">{notice}</Banner> : null}
      {reason ? (
        <div className="row gb-reason">
          <span>{g.reasonInUse(reason)}</span>
          <button type="button" className="button button--small" onClick={() => useJournal.getState().forgetReason()}>
            {g.otherReason}
          </button>
        </div>
      ) : null}
      {page ? (
        <>
          <div className="load-tabs" role="tablist" aria-label={g.tabsLabel}>
            {tabs.map((t) => (
              <button key={t} type="button" role="tab" aria-selected={t === tab} className={`nav-item${t === tab ? ' nav-item--active' : ''}`} onClick={() => setTab(t)}>
                {g.tabs[t]}
              </button>
            ))}
          </div>
          <div role="tabpanel" aria-label={g.tabs[tab]}>
            {tab === 'grid' ? (
              <>
                {page.lessons.length === 0 ? <p className="muted">{g.noLessons}</p> : null}
                {page.students.length === 0 ? <p className="muted">{g.noStudents}</p> : <JournalGrid page={page} actions={actions} focusLesson={focusLesson} />}
                <p className="muted gb-keys">{page.access.canEditMarks ? g.keysHint : g.keysHintReadOnly}</p>
              </>
            ) : (
              <LessonsTable page={page} onEdit={(lesson) => setOpen({ kind: 'lesson', lesson })} onDeleted={(text) => setNotice(text)} />
            )}
          </div>
        </>
      ) : null}
      {page && open?.kind === 'lesson' ? (
        <LessonDialog line={page.line} lesson={open.lesson} lessons={page.lessons} onClose={() => setOpen(null)} onDone={(lesson, created) => void lessonSaved(lesson, created)} />
      ) : null}
      {open?.kind === 'absence' ? <AbsenceReasonDialog lesson={open.lesson} student={open.student} onClose={closeDialog} /> : null}
      {open?.kind === 'final' ? <FinalPicker student={open.student} kind={open.finalKind} onClose={closeDialog} /> : null}
      <ReasonPrompt />
    </section>
  );
}

/** Who, what, when: the group or subgroup, the period with its dates, the teacher; and what the user may do here. */
function PageFacts(props: { page: Page }) {
  const g = ui.gradebook;
  const { line, access } = props.page;
  return (
    <>
      <dl className="facts gb-facts">
        <dt>{g.group}</dt>
        <dd>{line.subgroupName ? g.groupWithSubgroup(line.groupName, line.subgroupName) : line.groupName}</dd>
        <dt>{g.period}</dt>
        <dd>
          {line.periodName} ({formatDate(line.periodStart)} — {formatDate(line.periodEnd)})
        </dd>
        <dt>{g.teacher}</dt>
        <dd>{line.teacherName}</dd>
      </dl>
      {!props.page.closed.closed && !access.canEditMarks && !access.canEditLessons ? <p className="muted">{access.canSetAbsenceReasons ? g.readOnlyReasons : g.readOnlyPage}</p> : null}
      {!props.page.closed.closed && access.canEditMarks ? <p className="muted">{g.backdating(access.backdatingDays)}</p> : null}
    </>
  );
}
