import { v7 as uuidv7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import type { Input } from '../../src-shared/api';
import { planItemsFor } from '../../src-main/core/curriculum/queries';
import { setFields } from '../../src-main/core/oplog/changes';
import { newJournal, userWithSession, type TestJournal } from '../helpers/journal';
import { csvBase64, xlsxBase64 } from '../helpers/student-files';

// 46 months: 8 semesters.
const specialty = {
  code: '09.02.07',
  name: 'Информационные системы и программирование',
  qualification: 'Программист',
  durationMonths: 46,
  studyForm: 'full_time' as const,
};

async function curriculumRoom() {
  const t = await newJournal();
  const office = userWithSession(t, 'office.one', ['office']);
  const call = <M extends Parameters<typeof t.core.call>[1]>(method: M, input: Input<M>) => t.core.call(office.token, method, input);
  const dispatch = <M extends Parameters<typeof t.core.call>[1]>(method: M, input: unknown) => t.core.dispatch(office.token, method, input);
  const { specialty: s } = await call('contingent.createSpecialty', specialty);
  const discipline = async (code: string, name: string, kind: Input<'curriculum.createDiscipline'>['kind'], parentId: string | null = null) =>
    (await call('curriculum.createDiscipline', { code, name, kind, parentId })).discipline;
  return { t, office, call, dispatch, specialtyId: s.id, discipline };
}

/** A small catalogue: a module with its МДК and practice, two general disciplines. */
async function withCatalogue() {
  const room = await curriculumRoom();
  const pm1 = await room.discipline('ПМ.01', 'Разработка модулей программного обеспечения', 'module');
  const mdk = await room.discipline('МДК.01.01', 'Разработка программных модулей', 'mdk', pm1.id);
  const up = await room.discipline('УП.01', 'Учебная практика', 'training_practice', pm1.id);
  const op1 = await room.discipline('ОП.01', 'Операционные системы и среды', 'general');
  const op2 = await room.discipline('ОП.02', 'Архитектура аппаратных средств', 'general');
  return { ...room, pm1, mdk, up, op1, op2 };
}

function opCount(t: TestJournal): number {
  return t.core.openJournal().oplog.count();
}

const row = (disciplineId: string, semester: number, hours: Partial<Input<'curriculum.savePlanItems'>['items'][number]> = {}) => ({
  disciplineId,
  semester,
  hoursTotal: 72,
  hoursTheory: 30,
  hoursPractical: 20,
  hoursLab: 0,
  hoursProject: 0,
  hoursSelf: 18,
  attestation: 'none' as const,
  ...hours,
});

const header = ['Индекс', 'Наименование', 'Семестр', 'Всего', 'Теория', 'Практика', 'Лабораторные', 'Курсовой проект', 'Самостоятельная', 'Форма аттестации'];

describe('disciplines catalogue', () => {
  it('keeps disciplines with their kinds and parent modules, in the order plans print them', async () => {
    const { call, pm1, mdk, discipline } = await withCatalogue();
    expect(mdk).toMatchObject({ code: 'МДК.01.01', kind: 'mdk', parentId: pm1.id, parentCode: 'ПМ.01' });
    // Typed in lower case, stored as plans write it.
    const op10 = await discipline(' оп.10 ', 'Численные методы', 'general');
    expect(op10.code).toBe('ОП.10');
    const { disciplines } = await call('curriculum.listDisciplines', {});
    expect(disciplines.map((d) => d.code)).toEqual(['МДК.01.01', 'ОП.01', 'ОП.02', 'ОП.10', 'ПМ.01', 'УП.01']);
    const { discipline: renamed } = await call('curriculum.updateDiscipline', {
      disciplineId: mdk.id,
      code: 'МДК.01.01',
      name: 'Разработка программных модулей (углублённо)',
      kind: 'mdk',
      parentId: pm1.id,
    });
    expect(renamed).toMatchObject({ name: 'Разработка программных модулей (углублённо)', parentCode: 'ПМ.01' });
  });

  it('refuses each bad discipline with a message naming the field, changing nothing', async () => {
    const { t, dispatch, pm1, op1 } = await withCatalogue();
    const before = opCount(t);
    const create = (input: Record<string, unknown>) => dispatch('curriculum.createDiscipline', { name: 'Дисциплина', kind: 'general', parentId: null, ...input });
    const cases: [Promise<unknown>, string, string][] = [
      [create({ code: 'ОП01' }), 'code', '«Индекс»: индекс вида ОП.01, ОГСЭ.03, МДК.01.01 или ПМ.01: заглавные русские буквы, точка и номер (до трёх частей через точку)'],
      // Latin letters that look Cyrillic.
      [create({ code: 'OP.03' }), 'code', '«Индекс»: индекс вида ОП.01'],
      [create({ code: 'ОП.01' }), 'code', '«Индекс»: дисциплина с индексом ОП.01 уже есть'],
      [create({ code: 'ОП.03', name: ' ' }), 'name', '«Наименование»: обязательное поле'],
      [create({ code: 'МДК.01.02' }), 'kind', '«Вид»: индекс МДК.01.02 — это Междисциплинарный курс (МДК): выберите этот вид или исправьте индекс'],
      [create({ code: 'ПП.01', kind: 'training_practice', parentId: pm1.id }), 'kind', '«Вид»: индекс ПП.01 — это Производственная практика (ПП)'],
      [create({ code: 'МДК.01.02', kind: 'mdk' }), 'parentId', '«Профессиональный модуль»: укажите профессиональный модуль, в который входят МДК и практики'],
      [create({ code: 'МДК.01.02', kind: 'mdk', parentId: op1.id }), 'parentId', '«Профессиональный модуль»: нужен профессиональный модуль (ПМ) из справочника'],
      [create({ code: 'ПМ.02', kind: 'module', parentId: pm1.id }), 'parentId', '«Профессиональный модуль»: модуль указывается только у МДК и практик'],
      [create({ code: 'ОП.03', parentId: pm1.id }), 'parentId', '«Профессиональный модуль»: модуль указывается только у МДК и практик'],
      [create({ code: 'ОП.03', kind: 'subject' }), 'kind', '«Вид»:'],
      // A module with an МДК and a practice under it cannot become anything else.
      [
        dispatch('curriculum.updateDiscipline', { disciplineId: pm1.id, code: 'ОП.05', name: 'Модуль', kind: 'general', parentId: null }),
        'kind',
        '«Вид»: в модуль входят МДК.01.01, УП.01: он должен остаться модулем',
      ],
    ];
    for (const [result, field, message] of cases) {
      const r = await result;
      expect(r, message).toMatchObject({ ok: false, error: { code: 'validation', fields: [{ field }] } });
      expect((r as { error: { message: string } }).error.message).toContain(message);
    }
    expect(opCount(t)).toBe(before);
  });
});

describe('study plans', () => {
  it('makes one plan per specialty and admission year, as long as the specialty lasts', async () => {
    const { t, call, dispatch, specialtyId } = await curriculumRoom();
    const created = await call('curriculum.createPlan', { specialtyId, admissionYear: 2026, name: 'ИСиП, набор 2026' });
    expect(created.plan).toMatchObject({ specialtyCode: '09.02.07', admissionYear: 2026, semesterCount: 8, itemCount: 0 });
    expect(created.totals.map((s) => s.semester)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    await call('curriculum.createPlan', { specialtyId, admissionYear: 2025, name: 'ИСиП, набор 2025' });
    const before = opCount(t);
    expect(await dispatch('curriculum.createPlan', { specialtyId, admissionYear: 2026, name: 'Ещё один' })).toMatchObject({
      ok: false,
      error: { message: '«Год набора»: план специальности 09.02.07 для набора 2026 года уже есть', fields: [{ field: 'admissionYear' }] },
    });
    expect(await dispatch('curriculum.createPlan', { specialtyId: '01930000-0000-7000-8000-000000000000', admissionYear: 2027, name: 'План' })).toMatchObject({
      ok: false,
      error: { message: '«Специальность»: специальность не найдена', fields: [{ field: 'specialtyId' }] },
    });
    expect(await dispatch('curriculum.createPlan', { specialtyId, admissionYear: 1999, name: 'План' })).toMatchObject({
      ok: false,
      error: { message: '«Год набора»: число от 2000 до 2100' },
    });
    expect(await dispatch('curriculum.createPlan', { specialtyId, admissionYear: 2027, name: '' })).toMatchObject({
      ok: false,
      error: { message: '«Наименование»: обязательное поле' },
    });
    expect(opCount(t)).toBe(before);
    const { plans } = await call('curriculum.listPlans', { specialtyId });
    expect(plans.map((p) => p.admissionYear)).toEqual([2026, 2025]);
    expect(await dispatch('curriculum.getPlan', { planId: '01930000-0000-7000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'Учебный план не найден' },
    });
  });

  it('saves the grid: rows matched by discipline and semester, rows left out removed, totals per semester', async () => {
    const { t, call, specialtyId, mdk, op1, op2 } = await withCatalogue();
    const { plan } = await call('curriculum.createPlan', { specialtyId, admissionYear: 2026, name: 'ИСиП, набор 2026' });
    const first = await call('curriculum.savePlanItems', {
      planId: plan.id,
      items: [
        row(op1.id, 1, { attestation: 'exam' }),
        row(op2.id, 1, { hoursTotal: 100, hoursTheory: 40, hoursLab: 20, hoursSelf: 30, hoursPractical: 0, attestation: 'graded_pass' }),
        row(mdk.id, 5, { hoursTotal: 120, hoursProject: 20, attestation: 'other' }),
      ],
    });
    expect(first).toMatchObject({ added: 3, updated: 0, removed: 0 });
    expect(first.items.map((i) => `${i.semester} ${i.disciplineCode}`)).toEqual(['1 ОП.01', '1 ОП.02', '5 МДК.01.01']);
    expect(first.totals[0]).toEqual({
      semester: 1,
      hoursTotal: 172,
      hoursTheory: 70,
      hoursPractical: 20,
      hoursLab: 20,
      hoursProject: 0,
      hoursSelf: 48,
      exams: 1,
      gradedPasses: 1,
      passes: 0,
      otherForms: 0,
    });
    expect(first.totals[4]).toMatchObject({ semester: 5, hoursTotal: 120, hoursProject: 20, otherForms: 1 });
    expect(first.plan.itemCount).toBe(3);
    // The load module reads what the plan requires through curriculum's own query.
    const j = t.core.openJournal();
    expect(planItemsFor(j, specialtyId, 2026, 1).map((i) => i.hoursTotal).sort()).toEqual([100, 72]);

    const kept = first.items.find((i) => i.disciplineCode === 'ОП.01')!;
    const before = opCount(t);
    const second = await call('curriculum.savePlanItems', {
      planId: plan.id,
      items: [row(op1.id, 1, { hoursTotal: 80, attestation: 'exam' }), row(mdk.id, 5, { hoursTotal: 120, hoursProject: 20, attestation: 'other' }), row(op2.id, 2)],
    });
    expect(second).toMatchObject({ added: 1, updated: 1, removed: 1 });
    // Same row, same id: only the changed hours, the removal, and the new row's fields are written.
    expect(second.items.find((i) => i.disciplineCode === 'ОП.01')).toMatchObject({ id: kept.id, hoursTotal: 80 });
    const ops = j.db.prepare('SELECT entity, field FROM ops ORDER BY seq LIMIT -1 OFFSET ?').all(before) as { entity: string; field: string }[];
    expect(ops.filter((o) => o.field === 'hours_total' || o.field === 'deleted').map((o) => o.field)).toEqual(['hours_total', 'hours_total', 'deleted']);
    expect(ops).toHaveLength(1 + 10 + 1);
    expect(second.items.map((i) => `${i.semester} ${i.disciplineCode}`)).toEqual(['1 ОП.01', '2 ОП.02', '5 МДК.01.01']);

    // The same grid again changes nothing.
    const after = opCount(t);
    expect(await call('curriculum.savePlanItems', { planId: plan.id, items: second.items })).toMatchObject({ added: 0, updated: 0, removed: 0 });
    expect(opCount(t)).toBe(after);
    expect((await call('curriculum.getPlan', { planId: plan.id })).items).toEqual(second.items);
  });

  it('keeps one row when two workstations added the same discipline and semester', async () => {
    const { t, call, office, specialtyId, op1 } = await withCatalogue();
    const { plan } = await call('curriculum.createPlan', { specialtyId, admissionYear: 2026, name: 'ИСиП, набор 2026' });
    const saved = await call('curriculum.savePlanItems', { planId: plan.id, items: [row(op1.id, 1)] });
    // What a peer's ops would leave: a second live row for ОП.01 in semester 1.
    const j = t.core.openJournal();
    j.oplog.commit(office.id, setFields('plan_item', uuidv7(), { plan_id: plan.id, discipline_id: op1.id, semester: 1, hours_total: 50, attestation: 'exam' }));
    // Until the next save removes the copy, readers count the older row only.
    expect((await call('curriculum.getPlan', { planId: plan.id })).items.map((i) => i.id)).toEqual([saved.items[0]!.id]);
    const resolved = await call('curriculum.savePlanItems', { planId: plan.id, items: [row(op1.id, 1, { hoursTotal: 80 })] });
    expect(resolved).toMatchObject({ removed: 1 });
    expect(resolved.items.map((i) => [i.id, i.hoursTotal])).toEqual([[saved.items[0]!.id, 80]]);
  });

  it('refuses a grid with bad rows, naming the row and the cell, changing nothing', async () => {
    const { t, call, dispatch, specialtyId, op1, op2, pm1 } = await withCatalogue();
    const { plan } = await call('curriculum.createPlan', { specialtyId, admissionYear: 2026, name: 'ИСиП, набор 2026' });
    await call('curriculum.savePlanItems', { planId: plan.id, items: [row(op1.id, 1)] });
    const before = opCount(t);
    const save = (items: unknown[]) => dispatch('curriculum.savePlanItems', { planId: plan.id, items });
    const missing = '01930000-0000-7000-8000-000000000000';
    const cases: [unknown[], string, string][] = [
      [[row(op1.id, 1, { hoursTotal: -1 })], 'items.0.hoursTotal', '«Всего часов»: целое число часов от 0 до 2000'],
      [[row(op1.id, 1), row(op2.id, 1, { hoursTheory: 1.5 })], 'items.1.hoursTheory', '«Теория»: целое число часов от 0 до 2000'],
      [[row(op1.id, 1, { hoursLab: 5000 })], 'items.0.hoursLab', '«Лабораторные занятия»: целое число часов от 0 до 2000'],
      [
        [row(op1.id, 1, { hoursTotal: 60 })],
        'items.0.hoursTotal',
        'План не сохранён: строк с ошибками — 1: ОП.01, 1 семестр, «Всего часов»: меньше суммы часов теории, практических, лабораторных, курсового проекта и самостоятельной работы: 68',
      ],
      [[row(op1.id, 9)], 'items.0.semester', 'ОП.01, 9 семестр, «Семестр»: семестр от 1 до 8: столько семестров длится обучение по специальности'],
      [[row(op1.id, 11)], 'items.0.semester', '«Семестр»: число от 1 до 10'],
      [[row(op1.id, 2), row(op2.id, 2), row(op1.id, 2)], 'items.2.disciplineId', 'ОП.01, 2 семестр, «Дисциплина»: дисциплина уже указана в 2 семестре строкой выше'],
      [[row(op1.id, 1), row(missing, 1)], 'items.1.disciplineId', 'строка 2, «Дисциплина»: дисциплины нет в справочнике'],
      [[{ ...row(op1.id, 1), attestation: 'oral' }], 'items.0.attestation', '«Форма аттестации»:'],
      [[{ ...row(op1.id, 1), hoursTotal: undefined }], 'items.0.hoursTotal', '«Всего часов»:'],
      // A module's hours are its МДК's and practices': counted there, never twice.
      [[row(pm1.id, 4)], 'items.0.hoursTheory', 'ПМ.01, 4 семестр, «Теория»: у профессионального модуля часы занятий не задаются'],
    ];
    for (const [items, field, message] of cases) {
      const r = await save(items);
      expect(r, message).toMatchObject({ ok: false, error: { code: 'validation' } });
      if (r.ok) continue;
      expect(r.error.message).toContain(message);
      expect(r.error.fields?.map((f) => f.field)).toEqual([field]);
    }
    // Every problem of every row at once, for the grid to show under each cell.
    const many = await save([row(op1.id, 9, { hoursTotal: 1 }), row(missing, 1)]);
    expect(many.ok ? [] : many.error.fields?.map((f) => f.field)).toEqual(['items.0.semester', 'items.0.hoursTotal', 'items.1.disciplineId']);
    expect(many.ok ? '' : many.error.message).toMatch(/^План не сохранён: строк с ошибками — 2: /);
    expect(opCount(t)).toBe(before);
    expect((await call('curriculum.getPlan', { planId: plan.id })).items).toHaveLength(1);
  });

  it('copies a plan into a new admission year of the same specialty', async () => {
    const { t, call, dispatch, specialtyId, mdk, op1 } = await withCatalogue();
    const { plan: source } = await call('curriculum.createPlan', { specialtyId, admissionYear: 2025, name: 'ИСиП, набор 2025' });
    const saved = await call('curriculum.savePlanItems', { planId: source.id, items: [row(op1.id, 1, { attestation: 'exam' }), row(mdk.id, 5)] });
    const copy = await call('curriculum.copyPlan', { sourcePlanId: source.id, admissionYear: 2026, name: 'ИСиП, набор 2026' });
    expect(copy.plan).toMatchObject({ specialtyId, admissionYear: 2026, name: 'ИСиП, набор 2026', itemCount: 2 });
    const strip = (items: typeof copy.items) => items.map(({ id: _id, ...rest }) => rest);
    expect(strip(copy.items)).toEqual(strip(saved.items));
    expect(copy.items.map((i) => i.id)).not.toContain(saved.items[0]!.id);
    expect(copy.totals).toEqual(saved.totals);
    // Editing the copy leaves the source as it was.
    await call('curriculum.savePlanItems', { planId: copy.plan.id, items: [row(op1.id, 1, { hoursTotal: 90 })] });
    expect((await call('curriculum.getPlan', { planId: source.id })).items).toEqual(saved.items);

    const before = opCount(t);
    expect(await dispatch('curriculum.copyPlan', { sourcePlanId: source.id, admissionYear: 2026, name: 'Снова' })).toMatchObject({
      ok: false,
      error: { message: '«Год набора»: план специальности 09.02.07 для набора 2026 года уже есть', fields: [{ field: 'admissionYear' }] },
    });
    expect(await dispatch('curriculum.copyPlan', { sourcePlanId: '01930000-0000-7000-8000-000000000000', admissionYear: 2027, name: 'План' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: 'Учебный план не найден' },
    });
    expect(opCount(t)).toBe(before);
  });
});

describe('study plan import from xlsx', () => {
  it('loads the documented layout, adding the indexes the catalogue lacks with their modules', async () => {
    const { call, specialtyId, pm1, op1 } = await withCatalogue();
    const { plan } = await call('curriculum.createPlan', { specialtyId, admissionYear: 2026, name: 'ИСиП, набор 2026' });
    await call('curriculum.savePlanItems', { planId: plan.id, items: [row(op1.id, 2)] });
    const content = await xlsxBase64(
      [
        ['Учебный план 09.02.07, набор 2026'],
        header,
        ['ОП.01', 'Операционные системы и среды', 1, 72, 30, 20, '', '', 18, 'Э'],
        ['ОГСЭ.01', 'Основы философии', 3, 48, 40, '', '', '', 8, 'диф. зачёт'],
        ['ПМ.02', 'Осуществление интеграции программных модулей', 6, 36, 0, 0, 0, 0, 0, 'Экзамен квалификационный'],
        ['мдк.02.01', 'Технология разработки программного обеспечения', 5, 150, 60, 40, 0, 20, 30, 'ДЗ'],
        ['МДК.02.01', '', 6, 90, 40, 30, 0, 0, 20, 'Экзамен'],
        ['УП.02', 'Учебная практика', 6, 72, 0, 72, 0, 0, 0, 'З'],
        ['МДК.01.01', 'Разработка программных модулей', 4, 100, 50, 30, 0, 0, 20, ''],
        ['ОП.02', 'Архитектура аппаратных средств', 2, 36, 20, 10, 0, 0, 6, 'ДФК'],
      ],
      'План',
    );
    const result = await call('curriculum.importPlanXlsx', { planId: plan.id, fileName: 'план 2026.xlsx', contentBase64: content });
    expect(result.createdDisciplines).toEqual(['МДК.02.01', 'ОГСЭ.01', 'ПМ.02', 'УП.02']);
    expect(result).toMatchObject({ added: 8, updated: 0, removed: 1 });
    expect(result.items.map((i) => `${i.semester} ${i.disciplineCode} ${i.attestation}`)).toEqual([
      '1 ОП.01 exam',
      '2 ОП.02 other',
      '3 ОГСЭ.01 graded_pass',
      '4 МДК.01.01 none',
      '5 МДК.02.01 graded_pass',
      '6 МДК.02.01 exam',
      '6 ПМ.02 exam',
      '6 УП.02 pass',
    ]);
    expect(result.items[2]).toMatchObject({ hoursTotal: 48, hoursTheory: 40, hoursPractical: 0, hoursSelf: 8 });
    const { disciplines } = await call('curriculum.listDisciplines', {});
    const byCode = new Map(disciplines.map((d) => [d.code, d]));
    const pm2 = byCode.get('ПМ.02')!;
    expect(pm2).toMatchObject({ kind: 'module', parentId: null });
    expect(byCode.get('МДК.02.01')).toMatchObject({ kind: 'mdk', parentId: pm2.id, name: 'Технология разработки программного обеспечения' });
    expect(byCode.get('УП.02')).toMatchObject({ kind: 'training_practice', parentId: pm2.id });
    expect(byCode.get('ОГСЭ.01')).toMatchObject({ kind: 'general', parentId: null });
    expect(byCode.get('МДК.01.01')?.parentId).toBe(pm1.id);

    // The file is the plan: loading a shorter one again removes what it no longer lists.
    const shorter = await xlsxBase64([header, ['ОП.01', '', 1, 80, 30, 20, '', '', 18, 'экзамен']]);
    const again = await call('curriculum.importPlanXlsx', { planId: plan.id, fileName: 'план.xlsx', contentBase64: shorter });
    expect(again).toMatchObject({ added: 0, updated: 1, removed: 7, createdDisciplines: [] });
    expect(again.items).toHaveLength(1);
  });

  it('refuses a workbook with bad rows as a whole, telling each row by its number in the sheet', async () => {
    const { t, call, dispatch, specialtyId, op1 } = await withCatalogue();
    const { plan } = await call('curriculum.createPlan', { specialtyId, admissionYear: 2026, name: 'ИСиП, набор 2026' });
    await call('curriculum.savePlanItems', { planId: plan.id, items: [row(op1.id, 1)] });
    const disciplinesBefore = (await call('curriculum.listDisciplines', {})).disciplines;
    const before = opCount(t);
    const content = await xlsxBase64([
      ['Учебный план'],
      header,
      ['ОП.01', 'Операционные системы и среды', 1, 72, 'десять', 20, '', '', 18, 'Э'],
      ['ОП.02', '', '', 36, 20, 10, 0, 0, 6, 'устно'],
      ['ОП.02', '', 2, 30, 20, 10, 0, 0, 6, ''],
      ['ОП.09', '', 2, 30, 20, 10, 0, 0, 0, ''],
      ['МДК.03.01', 'Ревьюирование программных модулей', 5, 60, 30, 30, 0, 0, 0, ''],
      ['ОП01', 'Без точки', 3, 10, 0, 0, 0, 0, 0, ''],
      ['ОГСЭ.02', 'История', 9, 40, 30, 0, 0, 0, 10, ''],
      ['ОП.01', 'Операционные системы и среды', 1, 72, 30, 20, '', '', 18, 'Э'],
      ['ОП.01', 'Операционные системы и среды', 2, 72, 30, 20, '', '', 18, 'Э'],
    ]);
    const r = await dispatch('curriculum.importPlanXlsx', { planId: plan.id, fileName: 'план.xlsx', contentBase64: content });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toMatch(/^Ничего не загружено: строк с ошибками — 8\. Исправьте их и загрузите файл снова\. строка 3, «Теория»: «десять»: нужно целое/);
    expect(r.error.fields).toEqual([
      { field: 'rows.3.hoursTheory', message: 'строка 3, «Теория»: «десять»: нужно целое неотрицательное число часов' },
      { field: 'rows.4.semester', message: 'строка 4, «Семестр»: «»: нужен номер семестра' },
      {
        field: 'rows.4.attestation',
        message: 'строка 4, «Форма аттестации»: «устно»: укажите экзамен, зачёт, дифференцированный зачёт, другую форму контроля или оставьте пустым',
      },
      {
        field: 'rows.5.hoursTotal',
        message: 'строка 5, «Всего»: меньше суммы часов теории, практических, лабораторных, курсового проекта и самостоятельной работы: 36',
      },
      { field: 'rows.6.name', message: 'строка 6, «Наименование»: дисциплины ОП.09 нет в справочнике: укажите наименование, и она будет добавлена' },
      { field: 'rows.7.code', message: 'строка 7, «Индекс»: модуля ПМ.03 нет ни в справочнике, ни в этом файле' },
      { field: 'rows.8.code', message: 'строка 8, «Индекс»: «ОП01»: индекс вида ОП.01, МДК.01.01 или ПМ.01' },
      { field: 'rows.9.semester', message: 'строка 9, «Семестр»: семестр от 1 до 8: столько семестров длится обучение по специальности' },
      { field: 'rows.10.code', message: 'строка 10, «Индекс»: дисциплина уже указана в 1 семестре строкой выше' },
    ]);
    expect(opCount(t)).toBe(before);
    expect((await call('curriculum.listDisciplines', {})).disciplines).toEqual(disciplinesBefore);
    expect((await call('curriculum.getPlan', { planId: plan.id })).items).toHaveLength(1);
  });

  it('refuses a file that is not the documented workbook, changing nothing', async () => {
    const { t, call, dispatch, specialtyId } = await withCatalogue();
    const { plan } = await call('curriculum.createPlan', { specialtyId, admissionYear: 2026, name: 'ИСиП, набор 2026' });
    const before = opCount(t);
    const load = async (contentBase64: string) => {
      const r = await dispatch('curriculum.importPlanXlsx', { planId: plan.id, fileName: 'план.xlsx', contentBase64 });
      return r.ok ? 'загружено' : r.error.message;
    };
    expect(await load(await xlsxBase64([header.filter((h) => h !== 'Самостоятельная' && h !== 'Теория'), ['ОП.01', 'ОС', 1, 72, 30, 0, 0, 0]]))).toBe(
      'В файле не найдены столбцы: «Теория», «Самостоятельная». Заголовки должны быть такими, как описано в руководстве.',
    );
    expect(await load(await xlsxBase64([header]))).toBe('В файле нет строк учебного плана: под строкой заголовков пусто');
    expect(await load(csvBase64(`${header.join(';')}\nОП.01;ОС;1;72;30;20;0;0;18;Э\n`))).toBe('Нужен файл Excel (.xlsx): учебный план загружается только из него');
    expect(await load(Buffer.from('PK\u0003\u0004 не архив').toString('base64'))).toBe('Не удалось прочитать файл Excel: он повреждён или это не .xlsx');
    expect(opCount(t)).toBe(before);
  });
});

describe('curriculum access', () => {
  it('lets the office write, the director read, and keeps teachers and HR out', async () => {
    const { t, call, specialtyId, op1 } = await withCatalogue();
    const { plan } = await call('curriculum.createPlan', { specialtyId, admissionYear: 2026, name: 'ИСиП, набор 2026' });
    await call('curriculum.savePlanItems', { planId: plan.id, items: [row(op1.id, 1)] });
    const director = userWithSession(t, 'director.one', ['director']);
    const teacher = userWithSession(t, 'teacher.one', ['teacher', 'curator']);
    const hr = userWithSession(t, 'hr.one', ['hr']);
    expect((await t.core.call(director.token, 'curriculum.getPlan', { planId: plan.id })).items).toHaveLength(1);
    expect((await t.core.call(director.token, 'curriculum.listDisciplines', {})).disciplines.length).toBe(5);
    const before = opCount(t);
    const forbidden = { ok: false, error: { code: 'forbidden', message: 'Недостаточно прав для этого действия' } };
    expect(await t.core.dispatch(director.token, 'curriculum.savePlanItems', { planId: plan.id, items: [] })).toMatchObject(forbidden);
    expect(await t.core.dispatch(director.token, 'curriculum.createDiscipline', { code: 'ОП.07', name: 'Д', kind: 'general' })).toMatchObject(forbidden);
    for (const user of [teacher, hr]) {
      expect(await t.core.dispatch(user.token, 'curriculum.getPlan', { planId: plan.id })).toMatchObject(forbidden);
      expect(await t.core.dispatch(user.token, 'curriculum.listPlans', {})).toMatchObject(forbidden);
      expect(await t.core.dispatch(user.token, 'curriculum.listDisciplines', {})).toMatchObject(forbidden);
      expect(await t.core.dispatch(user.token, 'curriculum.copyPlan', { sourcePlanId: plan.id, admissionYear: 2027, name: 'Копия' })).toMatchObject(forbidden);
    }
    expect(opCount(t)).toBe(before);
  });
});
