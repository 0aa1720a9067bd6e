import type { Funding, Sex } from '../../../src-shared/domain/contingent';

/**
 * A calendar date as offices write it: 01.05.2008 (also 1.5.2008 or with slashes), ISO 2008-05-01, either with a time
 * Excel appends on export («01.05.2008 0:00:00»). Null when it is no real day, such as 31.02.2008.
 */
export function readDate(text: string): string | null {
  const dotted = /^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(text);
  const [year, month, day] = dotted ? [dotted[3], dotted[2], dotted[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return null;
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const simplify = (text: string) =>
  text
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[.,]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

const sexWords: Record<string, Sex> = {
  м: 'male',
  муж: 'male',
  мужской: 'male',
  мужчина: 'male',
  m: 'male',
  male: 'male',
  ж: 'female',
  жен: 'female',
  женский: 'female',
  женщина: 'female',
  f: 'female',
  female: 'female',
};

export function readSex(text: string): Sex | null {
  return sexWords[simplify(text)] ?? null;
}

/** «бюджет», «бюджетная основа»; «договор», «внебюджет», «платно», «с полным возмещением затрат» and the like. */
export function readFunding(text: string): Exclude<Funding, 'mixed'> | null {
  const word = simplify(text);
  if (word === 'б' || /^(за сч[её]т )?бюджет/.test(word)) return 'budget';
  if (word === 'д' || word === 'п' || /^(по )?(договор|внебюджет|вне бюджет|платн|контракт|коммерч|с полным возмещ|с оплат)/.test(word)) return 'contract';
  return null;
}
