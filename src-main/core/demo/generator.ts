import { isValidSnils } from '../../../src-shared/domain/contingent';
import type { Role } from '../../../src-shared/domain/roles';
import type { EmploymentType, Position, QualificationCategory } from '../../../src-shared/domain/staff';
import { feminineSurname, femaleNames, latin, maleNames, maleSurnames, patronymics } from './names';

export type DemoSize = 'small' | 'large';

export interface DemoPerson {
  surname: string;
  name: string;
  patronymic: string;
  sex: 'male' | 'female';
  birthDate: string;
}

export interface DemoStaff extends DemoPerson {
  login: string;
  roles: Role[];
}

export interface DemoSpecialty {
  code: string;
  name: string;
  qualification: string;
  durationMonths: number;
  groupPrefix: string;
}

export interface DemoGroup {
  name: string;
  funding: 'budget' | 'contract';
  specialtyCode: string;
  course: number;
  admissionYear: number;
  curatorLogin: string;
  students: DemoPerson[];
}

/** A staff record kept by HR; `login` names the account it is linked to, if any. */
export interface DemoEmployee extends DemoPerson {
  login: string | null;
  positions: Position[];
  employmentType: EmploymentType;
  category: QualificationCategory;
  education: string;
  hireDate: string;
  dismissalDate: string | null;
  phone: string;
  snils: string;
}

export interface DemoCollege {
  name: string;
  academicYear: number;
  specialties: DemoSpecialty[];
  groups: DemoGroup[];
  /** The user accounts. */
  staff: DemoStaff[];
  /** HR's records: one per account, and a few people without one. */
  employees: DemoEmployee[];
}

const specialtyCatalogue: DemoSpecialty[] = [
  { code: '09.02.07', name: 'Информационные системы и программирование', qualification: 'Программист', durationMonths: 46, groupPrefix: 'ИС' },
  { code: '38.02.01', name: 'Экономика и бухгалтерский учёт (по отраслям)', qualification: 'Бухгалтер', durationMonths: 34, groupPrefix: 'ЭБ' },
  { code: '23.02.07', name: 'Техническое обслуживание и ремонт двигателей, систем и агрегатов автомобилей', qualification: 'Специалист', durationMonths: 46, groupPrefix: 'ТО' },
  { code: '08.02.01', name: 'Строительство и эксплуатация зданий и сооружений', qualification: 'Техник', durationMonths: 46, groupPrefix: 'СЗ' },
];

const sizes: Record<DemoSize, { specialties: number; groups: number; studentsPerGroup: number; teachers: number }> = {
  small: { specialties: 2, groups: 4, studentsPerGroup: 25, teachers: 15 },
  large: { specialties: 4, groups: 160, studentsPerGroup: 25, teachers: 300 },
};

const positionOfRole: Record<Role, Position> = {
  admin: 'other',
  director: 'management',
  office: 'office',
  hr: 'hr',
  teacher: 'teacher',
  curator: 'curator',
  technician: 'other',
};

const educations = [
  'высшее, педагогическое',
  'высшее, профессиональная переподготовка «Педагог профессионального образования»',
  'высшее, техническое',
  'высшее, экономическое',
  'среднее профессиональное',
];

/** A small deterministic PRNG (mulberry32): the same seed always gives the same college. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateDemoCollege(size: DemoSize, seed = 2026, academicYear = 2026): DemoCollege {
  const rnd = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const date = (fromYear: number, toYear: number): string => {
    const year = fromYear + Math.floor(rnd() * (toYear - fromYear + 1));
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  const person = (fromYear: number, toYear: number): DemoPerson => {
    const sex = rnd() < 0.5 ? 'male' : 'female';
    const surname = pick(maleSurnames);
    const [pm, pf] = pick(patronymics);
    return sex === 'male'
      ? { surname, name: pick(maleNames), patronymic: pm, sex, birthDate: date(fromYear, toYear) }
      : { surname: feminineSurname(surname), name: pick(femaleNames), patronymic: pf, sex, birthDate: date(fromYear, toYear) };
  };

  const logins = new Set<string>();
  const staffMember = (roles: Role[]): DemoStaff => {
    const p = person(1960, 1998);
    const base = `${latin(p.surname)}.${latin(p.name)[0]}${latin(p.patronymic)[0]}`;
    let login = base;
    for (let n = 2; logins.has(login); n++) login = `${base}${n}`;
    logins.add(login);
    return { ...p, login, roles };
  };

  const s = sizes[size];
  const staff: DemoStaff[] = [
    staffMember(['director']),
    staffMember(['office']),
    staffMember(['office']),
    staffMember(['hr']),
    staffMember(['technician']),
  ];
  const teachers = Array.from({ length: s.teachers }, () => staffMember(['teacher']));
  staff.push(...teachers);

  const specialties = specialtyCatalogue.slice(0, s.specialties);
  const groups: DemoGroup[] = [];
  for (let g = 0; g < s.groups; g++) {
    const specialty = specialties[g % specialties.length]!;
    const course = 1 + (Math.floor(g / specialties.length) % 4);
    const admissionYear = academicYear - course + 1;
    const stream = Math.floor(g / (specialties.length * 4)) + 1;
    const curator = teachers[g % teachers.length]!;
    if (!curator.roles.includes('curator')) curator.roles.push('curator');
    groups.push({
      funding: rnd() < 0.8 ? 'budget' : 'contract',
      name: `${specialty.groupPrefix}-${String(admissionYear % 100).padStart(2, '0')}${stream > 1 ? `-${stream}` : ''}`,
      specialtyCode: specialty.code,
      course,
      admissionYear,
      curatorLogin: curator.login,
      students: Array.from({ length: s.studentsPerGroup }, () => person(academicYear - 15 - course, academicYear - 16 - course + 2)),
    });
  }

  // Drawn after everything else, so the accounts, groups and students stay what they were before staff records.
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');
  const snils = (): string => {
    const body = `1${digits(8)}`;
    const check = Array.from({ length: 100 }, (_, c) => String(c).padStart(2, '0')).find((c) => isValidSnils(body + c))!;
    return body + check;
  };
  const employee = (p: DemoPerson, login: string | null, positions: Position[], extra: Partial<DemoEmployee> = {}): DemoEmployee => {
    const teaches = positions.includes('teacher') || positions.includes('master');
    const lastHireYear = extra.dismissalDate ? Number(extra.dismissalDate.slice(0, 4)) - 1 : academicYear - 1;
    return {
      surname: p.surname,
      name: p.name,
      patronymic: p.patronymic,
      sex: p.sex,
      birthDate: p.birthDate,
      login,
      positions,
      employmentType: 'main',
      category: teaches ? pick(['none', 'first', 'highest'] as const) : 'none',
      education: pick(educations),
      hireDate: date(Number(p.birthDate.slice(0, 4)) + 22, lastHireYear),
      dismissalDate: null,
      phone: `+7 9${digits(2)} ${digits(3)}-${digits(2)}-${digits(2)}`,
      snils: snils(),
      ...extra,
    };
  };
  const employees = staff.map((a) => employee(a, a.login, [...new Set(a.roles.map((r) => positionOfRole[r]))]));
  employees.push(
    employee(person(1965, 1985), null, ['methodist'], { category: 'first' }),
    employee(person(1965, 1990), null, ['master']),
    employee(person(1970, 1995), null, ['teacher'], { employmentType: 'part_time' }),
    employee(person(1960, 1990), null, ['teacher'], { dismissalDate: `${academicYear - 1}-06-30` }),
  );
  return { name: 'ГБПОУ «Колледж информационных технологий и экономики»', academicYear, specialties, groups, staff, employees };
}
