import { profileJsonSchema } from '../../profile/schema.js';
import { EXIT, type Io } from '../io.js';

export function schemaCommand(io: Io): number {
  io.stdout(JSON.stringify(profileJsonSchema(), null, 2) + '\n');
  return EXIT.ok;
}
