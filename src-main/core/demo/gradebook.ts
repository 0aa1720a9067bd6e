import type { LessonKind } from '../../../src-shared/domain/gradebook';
import { listYears } from '../calendar/years';
import { insertLessons, type NewCell, type NewLesson } from '../gradebook/bulk';
import { onPageOn, rosterOf } from '../gradebook/roster';
import { addDays } from '../gradebook/rules';
import type { Journal } from '../journal';
import { linesOfYear, type LineRow } from '../load/queries';
import { currentYear } from '../load/rules';
import { random } from './generator';
import { localIsoDate } from '../dates';

/** Public holidays of the autumn semester: no lessons. */
const holidays = new Set(['11-04']);

export interface DemoGradebookOptions {
  /** The last day lessons are given on (default: today); never past the period's end. */
  until?: string;
  /** Which period of the current year (default: the first). */
  periodIndex?: number;
  seed?: number;
}

export interface DemoGradebookResult {
  lessons: number;
  /** Cells that hold something (an absence, a lateness, a mark): what the journal stores. */
  cells: number;
  /** Students × lessons: the grid's size, filled or not. */
  positions: number;
}

/** A mark drawn as teachers give them: 5 a quarter, 4 two in five, 3 three in ten, 2 one in twenty. */
function drawMark(r: number): string {
  if (r < 0.25) return '5';
  if (r < 0.65) return '4';
  if (r < 0.95) return '3';
  return '2';
}

/**
 * One student on one lesson: absent about one time in ten (most reasons given, some excused, some not, some never
 * said), late now and then, and a mark on about three cells in ten of those present; now and then a second mark.
 */
function drawCell(rnd: () => number, studentId: string): NewCell {
  const cell: NewCell = { studentId, attendance: '', absenceReason: '', absenceNote: '', mark1: '', mark2: '' };
  const presence = rnd();
  if (presence < 0.1) {
    const why = rnd();
    cell.attendance = 'absent';
    if (why < 0.4) {
      cell.absenceReason = 'excused';
      cell.absenceNote = why < 0.3 ? 'справка' : 'заявление родителей';
    } else if (why < 0.7) cell.absenceReason = 'unexcused';
    return cell;
  }
  if (presence < 0.12) cell.attendance = 'late';
  if (rnd() < 0.3 / 0.9) {
    cell.mark1 = drawMark(rnd());
    if (rnd() < 0.05) cell.mark2 = drawMark(rnd());
  }
  return cell;
}

/** The first day on or after `from` that falls on `weekday` (0 = Monday). */
function firstWeekday(from: string, weekday: number): string {
  const day = (new Date(`${from}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(from, (weekday - day + 7) % 7);
}

function lessonsOfLine(line: LineRow, index: number, period: { id: string; startDate: string }, until: string): Omit<NewLesson, 'cells'>[] {
  const theoryShare = line.hoursTheory / Math.max(1, line.hoursTheory + line.hoursPractical + line.hoursLab);
  const out: Omit<NewLesson, 'cells'>[] = [];
  let number = 0;
  for (let date = firstWeekday(period.startDate, index % 5); date <= until; date = addDays(date, 7)) {
    if (holidays.has(date.slice(5))) continue;
    number += 1;
    // Theory and practice alternate in the line's proportion; every fourth lesson of a practical line is a lab.
    const kind: LessonKind = (number * theoryShare) % 1 < theoryShare ? 'lecture' : line.hoursLab > 0 && number % 4 === 0 ? 'lab' : 'practical';
    out.push({
      lineId: line.id,
      periodId: period.id,
      date,
      pair: 1 + ((index * 7) % 4),
      hours: 2,
      kind,
      topic: `Тема ${number}`,
      homework: number % 3 === 0 ? '' : `Конспект, вопросы к теме ${number}`,
      teacherId: line.teacherId,
    });
  }
  return out;
}

/**
 * A semester of the journal for the demo college's current year: about one lesson a week on every load line of the
 * period, up to today (or the period's end), with attendance and marks drawn for the students on the page on each
 * day. Written as the administrator's operations, like everything else of the demo.
 */
export function loadDemoGradebook(j: Journal, actorId: string, options: DemoGradebookOptions = {}): DemoGradebookResult {
  const today = localIsoDate(j.now());
  const year = currentYear(listYears(j), today);
  const period = year?.periods[options.periodIndex ?? 0];
  const result: DemoGradebookResult = { lessons: 0, cells: 0, positions: 0 };
  if (!year || year.closed || !period) return result;
  const wanted = options.until ?? today;
  const until = wanted < period.endDate ? wanted : period.endDate;
  if (until < period.startDate) return result;
  const rnd = random(options.seed ?? 2026);
  // One transaction for the whole semester: cell ids are spread over the indexes, and a commit per line would write
  // most index pages again and again.
  return j.db.transaction(() => {
      linesOfYear(j, [period.id])
        .sort((a, b) => a.id.localeCompare(b.id))
        .forEach((line, index) => {
          const roster = rosterOf(j, line, period);
          const lessons = lessonsOfLine(line, index, period, until).map((lesson): NewLesson => {
            const present = roster.filter((s) => onPageOn(s, lesson.date));
            result.positions += present.length;
            return { ...lesson, cells: present.map((s) => drawCell(rnd, s.id)) };
          });
          const written = insertLessons(j, actorId, lessons);
          result.lessons += written.lessons;
          result.cells += written.cells;
        });
      return result;
  })();
}
