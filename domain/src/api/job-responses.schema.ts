import { DeadLetterView } from '../background/dead-letters.use-case';
import { pageSchema } from './page.schema';

/** `GET /api/admin/dead-letters`: a page of parked background messages. */
export const DeadLetterPage = pageSchema(DeadLetterView).meta({ id: 'DeadLetterPage' });
