import type { PeriodKind } from '../domain/calendar';
import type { Funding, StudyForm } from '../domain/contingent';
import type { Role } from '../domain/roles';

export const roleLabels: Record<Role, string> = {
  admin: 'Администратор журнала',
  director: 'Директор / заместитель',
  office: 'Учебная часть',
  hr: 'Инспектор по кадрам',
  teacher: 'Преподаватель',
  curator: 'Куратор',
  technician: 'Техник',
};

/** Field labels used in validation messages: the path of a zod issue maps to a human name. */
export const periodKindLabels: Record<PeriodKind, string> = {
  semester: 'Семестры',
  quarter: 'Четверти',
  iteration: 'Итерации (доп. образование)',
};

export const studyFormLabels: Record<StudyForm, string> = {
  full_time: 'Очная',
  part_time: 'Очно-заочная',
  extramural: 'Заочная',
};

export const fundingLabels: Record<Funding, string> = {
  budget: 'Бюджет',
  contract: 'Договор',
  mixed: 'Бюджет и договор',
};

export const fieldLabels: Record<string, string> = {
  collegeName: 'Название колледжа',
  login: 'Логин',
  fullName: 'ФИО',
  password: 'Пароль',
  newPassword: 'Новый пароль',
  currentPassword: 'Текущий пароль',
  roles: 'Роли',
  passphrase: 'Парольная фраза восстановления',
  userId: 'Пользователь',
  demo: 'Демонстрационные данные',
  sessionIdleMinutes: 'Время бездействия до выхода (мин)',
  active: 'Активен',
  adminLogin: 'Логин администратора',
  adminFullName: 'ФИО администратора',
  adminPassword: 'Пароль администратора',
  name: 'Название',
  startDate: 'Дата начала',
  endDate: 'Дата окончания',
  periodKind: 'Деление года',
  periods: 'Периоды',
  yearId: 'Учебный год',
  code: 'Код',
  qualification: 'Квалификация',
  durationMonths: 'Срок обучения (мес.)',
  studyForm: 'Форма обучения',
  specialtyId: 'Специальность',
  course: 'Курс',
  admissionYear: 'Год набора',
  funding: 'Финансирование',
  curatorUserId: 'Куратор',
  groupId: 'Группа',
};

export const t = {
  appName: 'Registrum',
  appSubtitle: 'Электронный журнал учебной части',
  errors: {
    validation: 'Неверные данные',
    unknownMethod: (m: string) => `Неизвестный метод API: ${m}`,
    unauthenticated: 'Войдите в систему',
    sessionExpired: 'Сеанс завершён из-за бездействия. Войдите снова.',
    forbidden: 'Недостаточно прав для этого действия',
    notReady: 'Журнал не открыт',
    alreadyInitialized: 'Журнал уже создан в этой папке',
    notInitialized: 'В этой папке ещё нет журнала: сначала создайте его',
    alreadyUnlocked: 'Журнал уже открыт',
    wrongPassphrase: 'Неверная парольная фраза восстановления',
    vaultDamaged: 'Хранилище ключей повреждено или подменено',
    vaultMissing: 'Не найден файл ключей keyvault.json рядом с журналом',
    databaseKeyMismatch: 'Ключ не подходит к файлу журнала: файл повреждён или от другого журнала',
    newerSchema: (found: number, supported: number) =>
      `Журнал создан более новой версией Registrum (схема ${found}); эта версия понимает схему не новее ${supported}. Обновите приложение.`,
    badCredentials: 'Неверный логин или пароль',
    accountLocked: (minutes: number) =>
      `Слишком много неудачных попыток входа. Вход заблокирован ещё на ${minutes} мин.`,
    accountInactive: 'Учётная запись отключена. Обратитесь к администратору.',
    noPassword: 'Пароль для этой учётной записи не задан. Обратитесь к администратору.',
    loginTaken: (login: string) => `«${login}» уже занят`,
    userNotFound: 'Пользователь не найден',
    wrongCurrentPassword: 'указан неверно',
    cannotDeactivateSelf: 'Нельзя отключить собственную учётную запись',
    cannotRemoveOwnAdmin: 'Нельзя снять с себя роль администратора',
    lastAdmin: 'Должен остаться хотя бы один активный администратор',
    mustChangePassword: 'Сначала смените пароль, выданный администратором',
    samePassword: 'должен отличаться от текущего',
    clockDrift: (node: string, minutes: number) =>
      `Часы рабочего места ${node} спешат более чем на ${minutes} мин: его операции не приняты. Проверьте время на том компьютере.`,
    chainBroken: (node: string, seq: number) =>
      `Нарушена цепочка операций рабочего места ${node} на операции №${seq}: запись изменена или удалена`,
    forkedHistory: (node: string, seq: number) =>
      `Операция №${seq} рабочего места ${node} отличается от уже принятой: история раздвоилась`,
    internal: 'Внутренняя ошибка. Действие не выполнено, данные не изменены.',
    network: 'Нет связи с программой. Действие не выполнено.',
    yearOverlaps: (other: string) => `пересекается с учебным годом ${other}`,
    yearNameTaken: (name: string) => `учебный год ${name} уже есть`,
    endBeforeStart: 'дата окончания раньше даты начала',
    periodOutsideYear: (name: string) => `период «${name}» выходит за границы учебного года`,
    periodsOverlap: (a: string, b: string) => `периоды «${a}» и «${b}» пересекаются`,
    periodBackwards: (name: string) => `у периода «${name}» дата окончания раньше даты начала`,
    yearNotFound: 'Учебный год не найден',
    specialtyCodeTaken: (code: string) => `специальность с кодом ${code} уже есть`,
    specialtyNotFound: 'Специальность не найдена',
    groupNameTaken: (name: string) => `действующая группа ${name} уже есть`,
    groupNotFound: 'Группа не найдена',
    notACurator: 'у пользователя нет роли «Куратор» или он отключён',
    recoveredByPassphrase: 'доступ администратора восстановлен по парольной фразе восстановления',
    foreignCaller: 'Вызов не из окна Registrum',
    cannotOpen: 'Не удалось открыть журнал. Обратитесь к техническому специалисту.',
    dataDirMissing: (dir: string) => `Папка данных не найдена: ${dir}`,
  },
  validation: {
    required: 'обязательное поле',
    tooShort: (n: number) => `не короче ${n} символов`,
    tooLong: (n: number) => `не длиннее ${n} символов`,
    passwordPolicy: 'не короче 10 символов',
    passphrasePolicy: 'не короче 12 символов',
    loginPattern: 'только латинские буквы, цифры, точка, дефис и подчёркивание, от 3 до 32 символов',
    atLeastOneRole: 'выберите хотя бы одну роль',
    range: (min: number, max: number) => `число от ${min} до ${max}`,
    invalid: 'неверное значение',
    date: 'дата в формате ГГГГ-ММ-ДД',
    yearName: 'в виде 2026/2027',
    atLeastOnePeriod: 'нужен хотя бы один период',
    tooMany: (n: number) => `не больше ${n}`,
    specialtyCode: 'код вида 09.02.07',
    groupName: 'название вида ИС-21 или ИС-21-2 (буквы, дефис, номер)',
  },
};
