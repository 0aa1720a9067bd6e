import type { Role } from '../../../src-shared/domain/roles';
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

export interface DemoCollege {
  name: string;
  academicYear: number;
  specialties: DemoSpecialty[];
  groups: DemoGroup[];
  staff: DemoStaff[];
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

/** A small deterministic PRNG (mulberry32): the same seed always gives the same college. */
function random(seed: number): () => number {
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
  return { name: 'ГБПОУ «Колледж информационных технологий и экономики»', academicYear, specialties, groups, staff };
}
