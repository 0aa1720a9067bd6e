import { useCallback, useState } from 'react';
import { lessonInput, type LessonView, type PageLineView } from '../../../src-shared/api/journal';
import type { TopicView } from '../../../src-shared/api/ktp';
import { defaultLessonHours, lessonKinds, maxLessonHours, maxPair } from '../../../src-shared/domain/gradebook';
import { lessonKindLabels } from '../../../src-shared/i18n/ru';
import { ui } from '../../../src-shared/i18n/ui';
import { call } from '../../api';
import { useSession } from '../../app/session-store';
import { Dialog } from '../../ui/Dialog';
import { Banner, Field, Options } from '../../ui/Field';
import { DialogButtons, useZodForm } from '../../ui/forms';
import { applyServerError } from '../../ui/server-errors';
import { useList } from '../../ui/useList';
import { formatDate } from '../../ui/format';

const fields = ['date', 'pair', 'hours', 'kind', 'topicId', 'topic', 'homework', 'reason'] as const;

/** Where a new lesson goes by default: today when it falls in the period, else the last lesson's day (or the period's first); the next pair of that day. */
function newLessonPlace(line: PageLineView, lessons: readonly LessonView[]) {
  const d = new Date();
  const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const date = today >= line.periodStart && today <= line.periodEnd ? today : (lessons.at(-1)?.date ?? line.periodStart);
  const pairs = lessons.filter((l) => l.date === date).map((l) => l.pair);
  const pair = Math.min(maxPair, pairs.length > 0 ? Math.max(...pairs) + 1 : 1);
  return { date, pair };
}

/**
 * A lesson of the page: date, pair, hours, kind, topic (from the thematic plan or typed), homework. Saved by the core,
 * which also says whether the change needs a reason (the reason field then appears).
 */
export function LessonDialog(props: { line: PageLineView; lesson: LessonView | null; lessons: readonly LessonView[]; onClose: () => void; onDone: (lesson: LessonView, created: boolean) => void }) {
  const g = ui.gradebook;
  const may = useSession((s) => s.may);
  const lineId = props.line.id;
  const topics = useList(useCallback(async (): Promise<TopicView[]> => (may('ktp.list') ? (await call('ktp.list', { lineId })).topics : []), [may, lineId]));
  const x = props.lesson;
  const place = x ?? newLessonPlace(props.line, props.lessons);
  const form = useZodForm(lessonInput, {
    lineId,
    ...(x ? { lessonId: x.id } : {}),
    date: place.date,
    pair: place.pair,
    hours: x?.hours ?? defaultLessonHours,
    kind: x?.kind ?? 'lecture',
    topicId: x?.topicId ?? null,
    topic: x?.topic ?? '',
    homework: x?.homework ?? '',
    reason: '',
  });
  const [message, setMessage] = useState<string | null>(null);
  const [askReason, setAskReason] = useState(false);
  const { errors, isSubmitting } = form.formState;
  const topicId = form.watch('topicId');
  const chosen = topics.items.find((t) => t.id === topicId);

  const chooseTopic = (id: string) => {
    const topic = topics.items.find((t) => t.id === id);
    form.setValue('topicId', topic ? topic.id : null);
    if (!topic) return;
    form.setValue('topic', topic.title);
    form.setValue('kind', topic.kind);
    if (!form.getValues('homework')) form.setValue('homework', topic.homework);
  };

  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    try {
      const saved = await call('journal.saveLesson', v);
      props.onDone(saved, !x);
    } catch (err) {
      setMessage(applyServerError(err, form.setError, fields));
      if (form.getFieldState('reason').error) setAskReason(true);
    }
  });

  return (
    <Dialog title={x ? g.editLessonTitle(formatDate(x.date), x.pair) : g.newLessonTitle} onClose={props.onClose}>
      {message ? <Banner kind="error">{message}</Banner> : null}
      <p className="muted">{g.periodDates(formatDate(props.line.periodStart), formatDate(props.line.periodEnd))}</p>
      <form onSubmit={submit} noValidate>
        <div className="row">
          <Field label={g.date} error={errors.date?.message}>
            <input type="date" min={props.line.periodStart} max={props.line.periodEnd} autoFocus {...form.register('date')} />
          </Field>
          <Field label={g.pair} error={errors.pair?.message}>
            <input type="number" min={1} max={maxPair} step={1} {...form.register('pair', { valueAsNumber: true })} />
          </Field>
          <Field label={g.hours} error={errors.hours?.message}>
            <input type="number" min={1} max={maxLessonHours} step={1} {...form.register('hours', { valueAsNumber: true })} />
          </Field>
          <Field label={g.kind} error={errors.kind?.message}>
            <select {...form.register('kind')}>
              <Options values={lessonKinds} labels={lessonKindLabels} />
            </select>
          </Field>
        </div>
        {topics.items.length > 0 ? (
          <Field label={g.ktpTopic} error={errors.topicId?.message} hint={g.ktpTopicHint}>
            <select value={topicId ?? ''} onChange={(e) => chooseTopic(e.target.value)}>
              <option value="">{g.typedTopic}</option>
              {topics.items.map((t) => (
                <option key={t.id} value={t.id}>
                  {g.topicOption(t.number, t.title, t.conductedHours, t.hours)}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        {topics.error ? <p className="muted">{g.ktpUnavailable(topics.error)}</p> : null}
        <Field label={g.topic} error={errors.topic?.message} hint={chosen ? g.topicFromKtp : undefined}>
          <input readOnly={chosen !== undefined} {...form.register('topic')} />
        </Field>
        <Field label={g.homework} error={errors.homework?.message}>
          <textarea rows={2} {...form.register('homework')} />
        </Field>
        {askReason || errors.reason ? (
          <Field label={g.reason} error={errors.reason?.message} hint={g.reasonHint}>
            <input {...form.register('reason')} />
          </Field>
        ) : null}
        <DialogButtons busy={isSubmitting} submitLabel={g.saveLesson} onClose={props.onClose} />
      </form>
    </Dialog>
  );
}
