import { describe, expect, it } from 'vitest';
import { methods, type Input, type Method } from '../../src-shared/api';
import { roles } from '../../src-shared/domain/roles';
import { access } from '../../src-main/core/auth/permissions';
import { newJournal, userWithSession } from '../helpers/journal';

/** A well-formed input for every method (a new method without one does not compile). */
function sampleInputs(targetId: string): { [M in Method]: Input<M> } {
  const missingId = '01930000-0000-7000-8000-000000000000';
  const year = {
    name: '2031/2032',
    startDate: '2031-09-01',
    endDate: '2032-06-30',
    periodKind: 'semester' as const,
    periods: [{ name: '1 семестр', startDate: '2031-09-01', endDate: '2031-12-31' }],
  };
  const specialty = { code: '09.02.07', name: 'ИСиП', qualification: 'Программист', durationMonths: 46, studyForm: 'full_time' as const };
  const group = {
    name: 'ИС-31',
    specialtyId: missingId,
    course: 1,
    admissionYear: 2031,
    studyForm: 'full_time' as const,
    funding: 'budget' as const,
    curatorUserId: null,
    active: true,
  };
  const student = {
    surname: 'Иванов',
    name: 'Иван',
    birthDate: '2008-05-01',
    sex: 'male' as const,
    recordBook: '26-001',
    funding: 'budget' as const,
  };
  const importFile = { fileName: 'студенты.csv', contentBase64: Buffer.from('Фамилия;Имя\nИванов;Иван\n').toString('base64') };
  const order = {
    number: '1-к',
    date: '2031-08-25',
    type: 'enrollment' as const,
    effectiveDate: '2031-09-01',
    items: [{ studentId: missingId, groupId: missingId }],
  };
  const employee = {
    surname: 'Петрова',
    firstName: 'Ольга',
    birthDate: '1985-04-12',
    positions: ['teacher' as const],
    hireDate: '2010-09-01',
  };
  return {
    'setup.status': {},
    'setup.initialize': { collegeName: 'К', adminLogin: 'admin2', adminFullName: 'А', adminPassword: 'long-enough-1', demo: 'none' },
    'setup.unlock': { passphrase: 'some-long-passphrase' },
    'auth.login': { login: 'nobody-here', password: 'x' },
    'auth.logout': {},
    'auth.me': {},
    'auth.changePassword': { currentPassword: 'wrong-current', newPassword: 'another-password-1' },
    'users.list': {},
    'users.create': { login: `new.user`, fullName: 'Новый Пользователь', roles: ['teacher'], password: 'new-password-1' },
    'users.update': { userId: targetId, fullName: 'Изменённое Имя', roles: ['teacher'] },
    'users.setActive': { userId: targetId, active: true },
    'users.resetPassword': { userId: targetId, password: 'reset-password-1' },
    'settings.get': {},
    'settings.update': { sessionIdleMinutes: 30 },
    'system.status': {},
    'calendar.listYears': {},
    'calendar.createYear': year,
    'calendar.updateYear': { ...year, yearId: missingId },
    'contingent.listSpecialties': {},
    'contingent.createSpecialty': specialty,
    'contingent.updateSpecialty': { ...specialty, specialtyId: missingId },
    'contingent.listGroups': {},
    'contingent.createGroup': group,
    'contingent.updateGroup': { ...group, groupId: missingId },
    'contingent.listCurators': {},
    'students.list': {},
    'students.get': { studentId: missingId },
    'students.create': student,
    'students.update': { ...student, studentId: missingId },
    'students.importPreview': importFile,
    'students.importStart': { ...importFile, order: { number: '1-к', date: '2031-08-25', effectiveDate: '2031-09-01' } },
    'students.exportGroup': { groupId: missingId },
    'students.exportContingent': {},
    'jobs.get': { jobId: missingId },
    'orders.list': {},
    'orders.preview': order,
    'orders.apply': order,
    'orders.cancel': { orderId: missingId, reason: 'ошибка' },
    'rollover.preview': { yearId: missingId, nextYear: year, order: { number: '1-п', date: '2031-08-25', effectiveDate: '2031-09-01' } },
    'rollover.apply': { yearId: missingId, nextYear: year, order: { number: '1-п', date: '2031-08-25', effectiveDate: '2031-09-01' } },
    'staff.list': {},
    'staff.get': { employeeId: missingId },
    'staff.create': employee,
    'staff.update': { ...employee, employeeId: missingId },
    'staff.listLinkableUsers': {},
    'curriculum.listDisciplines': {},
    'curriculum.createDiscipline': { code: 'ОП.01', name: 'Экономика организации', kind: 'general' },
    'curriculum.updateDiscipline': { disciplineId: missingId, code: 'ОП.01', name: 'Экономика организации', kind: 'general' },
    'curriculum.listPlans': {},
    'curriculum.getPlan': { planId: missingId },
    'curriculum.createPlan': { specialtyId: missingId, admissionYear: 2031, name: 'План набора 2031' },
    'curriculum.savePlanItems': { planId: missingId, items: [{ disciplineId: missingId, semester: 1, hoursTotal: 36 }] },
    'curriculum.copyPlan': { sourcePlanId: missingId, admissionYear: 2032, name: 'План набора 2032' },
    'curriculum.importPlanXlsx': { planId: missingId, fileName: 'план.xlsx', contentBase64: Buffer.from('PK').toString('base64') },
    'load.listTeachers': {},
    'load.createLine': {
      yearId: missingId,
      periodId: missingId,
      groupId: missingId,
      disciplineId: missingId,
      teacherId: missingId,
      hours: { theory: 32 },
    },
    'load.updateLine': { lineId: missingId, hours: { theory: 32 } },
    'load.deleteLine': { lineId: missingId },
    'load.getLine': { lineId: missingId },
    'load.listGroupLoad': { groupId: missingId, yearId: missingId },
    'load.unassigned': { yearId: missingId },
    'load.tariffing': { yearId: missingId },
    'load.exportTariffing': { yearId: missingId },
    'load.changeTeacher': { lineId: missingId, teacherId: missingId, fromDate: '2031-10-01' },
    'load.addSubstitution': { lineId: missingId, substituteId: missingId, startDate: '2031-10-01', endDate: '2031-10-05', reason: 'больничный' },
    'load.removeSubstitution': { substitutionId: missingId },
    'load.myLoad': {},
    'subgroups.forGroup': { groupId: missingId },
    'subgroups.get': { divisionId: missingId },
    'subgroups.history': { divisionId: missingId },
    'subgroups.divide': { groupId: missingId, disciplineId: missingId, yearId: missingId, count: 2, assignments: [], startDate: '2031-09-01' },
    'subgroups.place': { divisionId: missingId, studentId: missingId, subgroupId: missingId, startDate: '2031-09-01' },
    'subgroups.move': { divisionId: missingId, studentId: missingId, toSubgroupId: missingId, date: '2031-09-01', reason: 'по заявлению' },
    'subgroups.rename': { subgroupId: missingId, name: 'Английский' },
    'journal.lines': {},
    'journal.page': { lineId: missingId },
    'journal.saveLesson': { lineId: missingId, date: '2031-10-01', pair: 1, hours: 2, kind: 'lecture', topicId: null, topic: 'Введение', homework: '' },
    'journal.deleteLesson': { lessonId: missingId },
    'journal.setCell': { lessonId: missingId, studentId: missingId, attendance: '', mark1: '5', mark2: '' },
    'journal.setCells': { lessonId: missingId, entries: [{ studentId: missingId, attendance: 'absent', mark1: '', mark2: '' }] },
    'journal.setAbsenceReason': { lessonId: missingId, studentId: missingId, absenceReason: 'excused', note: 'справка' },
    'journal.setFinal': { lineId: missingId, studentId: missingId, kind: 'period', value: '5' },
    'journal.debts': {},
    'periods.list': { yearId: missingId },
    'periods.close': { periodId: missingId, reason: 'сессия завершена' },
    'periods.reopen': { periodId: missingId, reason: 'исправление ошибки' },
    'ktp.list': { lineId: missingId },
    'ktp.save': { lineId: missingId, topics: [{ title: 'Введение', hours: 2, kind: 'lecture', homework: '' }] },
    'ktp.copyFrom': { lineId: missingId, sourceLineId: missingId },
    'ktp.candidates': { lineId: missingId },
    'ktp.exportXlsx': { lineId: missingId },
    'ktp.importXlsx': { lineId: missingId, fileName: 'ктп.xlsx', contentBase64: Buffer.from('PK').toString('base64') },
  };
}

describe('method × role matrix', () => {
  it('lets each role call exactly the methods the permission table gives it, and nothing without a session', async () => {
    const t = await newJournal();
    const target = userWithSession(t, 'target.user', ['teacher']);
    const inputs = sampleInputs(target.id);
    const verdicts: string[] = [];
    for (const method of methods) {
      const rule = access[method];
      for (const role of roles) {
        // A fresh session per call: logout and password changes must not spoil the next one. Numbered, not named
        // after the method: long method names cut to the login's 32 characters would collide.
        const { token } = userWithSession(t, `m${verdicts.length}.${role}`, [role]);
        const result = await t.core.dispatch(token, method, inputs[method]);
        const denied = !result.ok && result.error.code === 'forbidden';
        const expectedAllowed = rule === 'public' || rule === 'authenticated' || rule.includes(role);
        verdicts.push(`${method} ${role} ${denied ? 'denied' : 'allowed'}`);
        expect(denied, `${method} as ${role}: ${JSON.stringify(result)}`).toBe(!expectedAllowed);
        if (denied && !result.ok) expect(result.error.message).toBe('Недостаточно прав для этого действия');
      }
      if (rule !== 'public') {
        const anonymous = await t.core.dispatch(null, method, inputs[method]);
        expect(anonymous, method).toMatchObject({ ok: false, error: { code: 'unauthenticated', message: 'Войдите в систему' } });
      }
    }
    expect(verdicts).toHaveLength(methods.length * roles.length);
    // The matrix is not vacuous: some calls are denied and the administrator's are all allowed.
    expect(verdicts.filter((v) => v.endsWith('denied')).length).toBeGreaterThan(10);
    expect(verdicts.filter((v) => v.includes(' admin ') && v.endsWith('denied'))).toEqual([]);
    // Spot checks against DESIGN.md's roles, independent of the table.
    for (const v of [
      'users.list teacher denied',
      'users.list technician denied',
      'users.list director allowed',
      'users.create director denied',
      'users.create office denied',
      'users.resetPassword hr denied',
      'settings.update office denied',
      'settings.update admin allowed',
      'system.status technician allowed',
      'calendar.createYear teacher denied',
      'calendar.createYear office allowed',
      'contingent.listGroups hr denied',
      'contingent.listGroups technician denied',
      'contingent.listGroups curator allowed',
      'contingent.createGroup director denied',
      'students.list hr denied',
      'students.list technician denied',
      // A teacher sees the names of the students they teach (the module narrows the list).
      'students.list teacher allowed',
      'students.get teacher denied',
      'load.myLoad teacher allowed',
      'load.myLoad curator allowed',
      'load.myLoad hr denied',
      'load.getLine teacher allowed',
      'load.listGroupLoad teacher denied',
      'load.tariffing director allowed',
      'load.tariffing hr denied',
      'load.createLine director denied',
      'load.createLine office allowed',
      'load.changeTeacher teacher denied',
      'load.addSubstitution curator denied',
      'load.unassigned technician denied',
      'students.get curator allowed',
      'orders.apply curator denied',
      'orders.apply office allowed',
      'rollover.apply office allowed',
      'rollover.apply director denied',
      'rollover.preview teacher denied',
      'auth.changePassword teacher allowed',
      'staff.create hr allowed',
      'staff.list director allowed',
      'staff.create director denied',
      'staff.list teacher denied',
      'staff.list office denied',
      'staff.list technician denied',
      'curriculum.listPlans director allowed',
      'curriculum.savePlanItems office allowed',
      'curriculum.savePlanItems director denied',
      'curriculum.createDiscipline teacher denied',
      'curriculum.listDisciplines hr denied',
      'curriculum.listDisciplines technician denied',
      'curriculum.importPlanXlsx curator denied',
      'subgroups.divide office allowed',
      'subgroups.move director denied',
      'subgroups.forGroup director allowed',
      'subgroups.forGroup hr denied',
      'subgroups.get technician denied',
      'ktp.list curator allowed',
      'ktp.list hr denied',
      'ktp.save teacher allowed',
      'ktp.save director denied',
      'ktp.save curator denied',
      'ktp.importXlsx technician denied',
    ]) {
      expect(verdicts).toContain(v);
    }
  });

  it('refuses unknown methods and malformed input with Russian messages naming the field', async () => {
    const t = await newJournal();
    expect(await t.core.dispatch(t.adminToken, 'users.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_method', message: 'Неизвестный метод API: users.drop' },
    });
    const bad = await t.core.dispatch(t.adminToken, 'users.create', { login: 'я', fullName: '', roles: [], password: 'short' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('validation');
      expect(bad.error.message).toContain('«Логин»: только латинские буквы');
      expect(bad.error.message).toContain('«ФИО»: обязательное поле');
      expect(bad.error.message).toContain('«Роли»: выберите хотя бы одну роль');
      expect(bad.error.message).toContain('«Пароль»: не короче 10 символов');
      expect(bad.error.fields?.map((f) => f.field).sort()).toEqual(['fullName', 'login', 'password', 'roles']);
    }
  });
});
