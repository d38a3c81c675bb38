import { profileJsonSchema } from '../../profile/schema.js';
import { reportJsonSchema } from '../../report/json-schema.js';
import { EXIT, type Io } from '../io.js';

/** `schema`: the profile's JSON Schema; `schema --report`: the JSON report's (issue 18). */
export function schemaCommand(opts: { report: boolean }, io: Io): number {
  const schema = opts.report ? reportJsonSchema() : profileJsonSchema();
  io.stdout(JSON.stringify(schema, null, 2) + '\n');
  return EXIT.ok;
}
