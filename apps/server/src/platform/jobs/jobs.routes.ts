import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { offsetOf, pageOf } from '../http/paging.js';
import { actorOf } from '../http/request-context.js';
import { errorBody } from '../http/schemas.js';
import type { Scheduler } from './job-scheduler.js';
import { jobsPermissions as P } from './jobs.permissions.js';
import { job, jobListQuery, jobNameParams, jobRun, jobRunListQuery, runNowResult } from './jobs.schemas.js';
import type { JobsQueries } from './jobs.service.js';

export const jobsRoutes = (scheduler: Scheduler, queries: JobsQueries): FastifyPluginAsyncZod => async (app) => {
  const tags = ['jobs'];

  app.get('', {
    config: { permission: P.jobRead },
    schema: { tags, summary: '定时任务列表 List scheduled jobs with their last run', querystring: jobListQuery, response: { 200: pageOf(job) } },
  }, async (req) => {
    const { limit, offset } = offsetOf(req.query);
    return queries.list(limit, offset);
  });

  app.get('/:name/runs', {
    config: { permission: P.jobRead },
    schema: { tags, summary: '任务运行记录 Runs of a job', params: jobNameParams, querystring: jobRunListQuery, response: { 200: pageOf(jobRun), 404: errorBody } },
  }, async (req) => {
    const { limit, offset } = offsetOf(req.query);
    return queries.runs(req.params.name, { status: req.query.status }, limit, offset);
  });

  app.post('/:name/run-now', {
    config: { permission: P.jobRun },
    schema: { tags, summary: '立即运行（在本服务进程中后台执行） Run a job now, in the background', params: jobNameParams, response: { 202: runNowResult, 404: errorBody, 409: errorBody } },
  }, async (req, reply) => {
    const { runId, done } = await scheduler.runNow(req.params.name, actorOf(req));
    done.catch((e: unknown) => req.log.error({ err: e, job: req.params.name }, 'manual job run failed'));
    return reply.status(202).send({ runId });
  });
};
