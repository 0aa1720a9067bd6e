import type { KtpView, TopicInput } from '../../../src-shared/api/ktp';
import { fieldLabelsByModule, t } from '../../../src-shared/i18n/ru';
import type { UserRow } from '../auth/users';
import { AppError, fieldError } from '../errors';
import type { Journal } from '../journal';
import { findLine } from '../load/queries';
import { editableKtpLine } from './access';
import { topicsOfLine } from './queries';
import { continuedTopics } from './rules';
import { topicContents, writePlan, type TopicChanges, type TopicContent } from './topics';
import { ktpView } from './view';

const e = t.errors;
const labels = fieldLabelsByModule.ktp!;

type Saved = KtpView & TopicChanges;

/** The whole ordered list from the editor, all or nothing; a warning (not a refusal) when its hours differ from the line's. */
export function saveKtp(j: Journal, user: UserRow, lineId: string, topics: readonly TopicInput[]): Saved {
  return j.db.transaction(() => {
    const opened = editableKtpLine(j, user, lineId);
    const counts = writePlan(j, user.id, lineId, topics);
    return { ...ktpView(j, opened), ...counts };
  })();
}

/**
 * The plan becomes `contents`: a topic whose title the plan already has keeps its id, and so its lessons; the
 * others are new, and the plan's topics left over are removed (refused for those that lessons name).
 */
export function replacePlan(j: Journal, user: UserRow, lineId: string, contents: readonly TopicContent[]): Saved {
  const opened = editableKtpLine(j, user, lineId);
  const ids = continuedTopics(topicsOfLine(j, lineId), contents);
  const counts = writePlan(j, user.id, lineId, contents.map((c, i) => ({ ...c, id: ids[i] })));
  return { ...ktpView(j, opened), ...counts };
}

/**
 * Another line's plan of the same discipline, as it is (last year's, a colleague's). A plan that already has
 * topics is replaced only when the user confirms it, so a slip of the mouse does not wipe a year's planning.
 */
export function copyKtp(j: Journal, user: UserRow, input: { lineId: string; sourceLineId: string; replace: boolean }): Saved {
  return j.db.transaction(() => {
    const { line, names } = editableKtpLine(j, user, input.lineId);
    const source = findLine(j, input.sourceLineId);
    if (!source) throw fieldError('sourceLineId', labels.sourceLineId!, e.loadLineNotFound.toLocaleLowerCase('ru'));
    if (source.id === line.id) throw fieldError('sourceLineId', labels.sourceLineId!, e.ktpSourceSame);
    if (source.disciplineId !== line.disciplineId) {
      throw fieldError('sourceLineId', labels.sourceLineId!, e.ktpSourceOtherDiscipline(names.discipline(line.disciplineId)?.code ?? ''));
    }
    const contents = topicContents(j, source.id);
    if (contents.length === 0) throw fieldError('sourceLineId', labels.sourceLineId!, e.ktpSourceEmpty);
    const present = topicsOfLine(j, line.id).length;
    if (present > 0 && !input.replace) throw new AppError('conflict', e.ktpNotEmpty(present));
    return replacePlan(j, user, line.id, contents);
  })();
}
