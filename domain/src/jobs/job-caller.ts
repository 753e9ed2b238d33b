import { z } from 'zod';
import { Role, type Caller } from '../model/caller';

/** Who asked for a job, kept with it: its chunks act in their name (audit records, checks). */
export const JobCaller = z.object({ userId: z.string(), name: z.string(), roles: z.array(Role), teams: z.array(z.string()), email: z.string().optional() });

export const jobCallerOf = (caller: Caller): Caller => ({
  userId: caller.userId,
  name: caller.name,
  roles: caller.roles,
  teams: caller.teams,
  ...(caller.email ? { email: caller.email } : {}),
});

export const callerOfJob = (input: Record<string, unknown>): Caller => JobCaller.parse(input.caller);
