import type { EntityDef } from '../oplog/entities';

/** A topic of a line's thematic plan; `line_id` is written once, when the topic is made. */
export const topicEntity: EntityDef = {
  entity: 'topic',
  table: 'topics',
  fields: { line_id: 'text', number: 'int', title: 'text', hours: 'int', kind: 'text', homework: 'text', deleted: 'bool' },
};
