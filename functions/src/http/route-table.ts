import type { Route } from './route';
import { auditRoutes } from './routes/audit.routes';
import { botRoutes } from './routes/bot.routes';
import { changeRequestRoutes } from './routes/change-request.routes';
import { clientConfigRoutes } from './routes/client-config.routes';
import { duplicateRoutes } from './routes/duplicate.routes';
import { importRoutes } from './routes/import.routes';
import { interactionRoutes } from './routes/interaction.routes';
import { jobRoutes } from './routes/job.routes';
import { meetingRoutes } from './routes/meeting.routes';
import { personRoutes } from './routes/person.routes';
import { relationRoutes } from './routes/relation.routes';
import { reportRoutes } from './routes/report.routes';
import { retentionRoutes } from './routes/retention.routes';
import { segmentRoutes } from './routes/segment.routes';
import { suggestionRoutes } from './routes/suggestion.routes';
import { systemRoutes } from './routes/system.routes';
import { taskRoutes } from './routes/task.routes';
import { tierRoutes } from './routes/tier.routes';

/** Every HTTP endpoint of Relais, declared once: registered with app.http in Azure, served by the local host here. */
export const routeTable: Route[] = [
  ...systemRoutes,
  ...tierRoutes,
  ...duplicateRoutes,
  ...importRoutes,
  ...relationRoutes,
  ...interactionRoutes,
  ...meetingRoutes,
  ...taskRoutes,
  ...changeRequestRoutes,
  ...clientConfigRoutes,
  ...botRoutes,
  ...personRoutes,
  ...auditRoutes,
  ...segmentRoutes,
  ...reportRoutes,
  ...jobRoutes,
  ...retentionRoutes,
  ...suggestionRoutes,
];
