/** An ISO calendar date (2026-09-01) as Russians write it (01.09.2026), without shifting it by the time zone. */
export const formatDate = (iso: string) => new Date(`${iso}T00:00:00`).toLocaleDateString('ru-RU');
