import type { Input, Method, Output } from '../../src-shared/api';
import { newJournal, TestClock, userWithSession, type TestJournal } from './journal';

/** Moves the test clock to 10:00 UTC of an ISO day (forward only: op times never go back). */
export function setDay(clock: TestClock, day: string, hour = 10): void {
  const ms = Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
  if (ms < clock.ms) throw new Error(`the clock goes forward only: ${day} is before ${new Date(clock.ms).toISOString()}`);
  clock.ms = ms;
}

/**
 * A user who signs in afresh for every call: the tests step the clock over days, past any idle timeout, and the
 * sessions are not what they test.
 */
export function signedIn(t: Pick<TestJournal, 'core'>, id: string): Person {
  const token = () => t.core.sessions.open(id, t.core.openJournal().now());
  return {
    id,
    get token() {
      return token();
    },
    call: (method, input) => t.core.call(token(), method, input),
    dispatch: (method, input) => t.core.dispatch(token(), method, input),
  };
}

export type Caller = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

export interface Person {
  id: string;
  token: string;
  call: Caller;
  dispatch: (method: Method, input: unknown) => ReturnType<TestJournal['core']['dispatch']>;
}

/**
 * A college for the journal's tests, in 2026/2027 (autumn semester 1 September – 31 December). ИС-26 (curator
 * Кураторова) has Алексеева, Борисова, Волкова, Григорьева from 1 September; ИС-26-2 (curator Другова) has
 * Дмитриева. Informatics of ИС-26 is Петрова's line; the foreign language of ИС-26 is divided into two subgroups
 * (Алексеева and Борисова in the first, Волкова and Григорьева in the second) and the first one is Сидоров's line.
 * Маркова is a teacher too, with no line. The clock stands at 1 September 2026.
 */
export async function gradebookCollege(clock = new TestClock()) {
  const t = await newJournal(clock);
  const person = (login: string, roles: Parameters<typeof userWithSession>[2]): Person => {
    const u = userWithSession(t, login, roles);
    return signedIn(t, u.id);
  };
  const office = person('office.one', ['office']);
  const director = person('director.one', ['director']);
  const curator = person('curator.one', ['curator']);
  const otherCurator = person('curator.two', ['curator']);
  const petrovaUser = person('petrova.oi', ['teacher']);
  const sidorovUser = person('sidorov.pa', ['teacher']);
  const markovaUser = person('markova.ea', ['teacher']);
  const call = office.call;

  const { year } = await call('calendar.createYear', {
    name: '2026/2027',
    startDate: '2026-09-01',
    endDate: '2027-06-30',
    periodKind: 'semester',
    periods: [
      { name: '1 семестр', startDate: '2026-09-01', endDate: '2026-12-31' },
      { name: '2 семестр', startDate: '2027-01-09', endDate: '2027-06-30' },
    ],
  });
  const [autumn, spring] = year.periods as [(typeof year.periods)[number], (typeof year.periods)[number]];
  const { specialty } = await call('contingent.createSpecialty', {
    code: '09.02.07',
    name: 'Информационные системы и программирование',
    qualification: 'Программист',
    durationMonths: 46,
    studyForm: 'full_time',
  });
  const group = async (name: string, curatorUserId: string) =>
    (
      await call('contingent.createGroup', {
        name,
        specialtyId: specialty.id,
        course: 1,
        admissionYear: 2026,
        studyForm: 'full_time',
        funding: 'budget',
        curatorUserId,
        active: true,
      })
    ).group;
  const is26 = await group('ИС-26', curator.id);
  const is26b = await group('ИС-26-2', otherCurator.id);

  let orderNumber = 0;
  const order = (type: Input<'orders.apply'>['type'], effectiveDate: string, items: Input<'orders.apply'>['items']) =>
    call('orders.apply', { number: `${++orderNumber}-к`, date: effectiveDate, type, effectiveDate, items }).then((r) => r.order);
  const student = async (surname: string, groupId: string | null) => {
    const { student: s } = await call('students.create', {
      surname,
      name: 'Анна',
      patronymic: 'Сергеевна',
      birthDate: '2010-03-04',
      sex: 'female',
      recordBook: `26-${surname}`,
      funding: 'budget',
    });
    if (groupId) await order('enrollment', '2026-09-01', [{ studentId: s.id, groupId }]);
    return s;
  };
  const alekseeva = await student('Алексеева', is26.id);
  const borisova = await student('Борисова', is26.id);
  const volkova = await student('Волкова', is26.id);
  const grigorieva = await student('Григорьева', is26.id);
  const dmitrieva = await student('Дмитриева', is26b.id);

  const employee = async (surname: string, userId: string | null) =>
    (
      await t.core.call(t.adminToken, 'staff.create', {
        surname,
        firstName: 'Ольга',
        patronymic: 'Ивановна',
        birthDate: '1980-01-01',
        positions: ['teacher'],
        hireDate: '2010-09-01',
        userId,
      })
    ).employee;
  const petrova = await employee('Петрова', petrovaUser.id);
  const sidorov = await employee('Сидоров', sidorovUser.id);
  const markova = await employee('Маркова', markovaUser.id);

  const { discipline: informatics } = await call('curriculum.createDiscipline', { code: 'ОП.01', name: 'Информатика', kind: 'general' });
  const { discipline: english } = await call('curriculum.createDiscipline', { code: 'ОГСЭ.03', name: 'Иностранный язык', kind: 'general' });
  const { division } = await call('subgroups.divide', {
    groupId: is26.id,
    disciplineId: english.id,
    yearId: year.id,
    count: 2,
    startDate: '2026-09-01',
    assignments: [
      { studentId: alekseeva.id, subgroupNumber: 1 },
      { studentId: borisova.id, subgroupNumber: 1 },
      { studentId: volkova.id, subgroupNumber: 2 },
      { studentId: grigorieva.id, subgroupNumber: 2 },
    ],
  });
  const line = (input: Partial<Input<'load.createLine'>>) =>
    call('load.createLine', {
      yearId: year.id,
      periodId: autumn.id,
      groupId: is26.id,
      disciplineId: informatics.id,
      teacherId: petrova.id,
      hours: { theory: 32, practical: 32 },
      ...input,
    }).then((r) => r.line);
  const informaticsLine = await line({});
  const englishLine = await line({ disciplineId: english.id, subgroupId: division.subgroups[0]!.id, teacherId: sidorov.id, hours: { practical: 36 } });

  return {
    t,
    clock: t.clock,
    admin: signedIn(t, t.adminId),
    office,
    director,
    curator,
    otherCurator,
    petrovaUser,
    sidorovUser,
    markovaUser,
    year,
    autumn,
    spring,
    is26,
    is26b,
    alekseeva,
    borisova,
    volkova,
    grigorieva,
    dmitrieva,
    petrova,
    sidorov,
    markova,
    informatics,
    english,
    division,
    informaticsLine,
    englishLine,
    order,
    student,
  };
}

export type GradebookCollege = Awaited<ReturnType<typeof gradebookCollege>>;

/** What a journal holds of the gradebook, to compare before and after a refused command. */
export function gradebookState(t: TestJournal) {
  const j = t.core.openJournal();
  const all = (sql: string) => j.db.prepare(sql).all();
  return {
    ops: j.oplog.count(),
    lessons: all('SELECT * FROM lessons ORDER BY id'),
    cells: all('SELECT * FROM cells ORDER BY id'),
    finals: all('SELECT * FROM finals ORDER BY id'),
    locks: all('SELECT * FROM period_locks ORDER BY id'),
  };
}
