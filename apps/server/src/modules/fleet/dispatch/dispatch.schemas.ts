import { z } from 'zod';
import { listQuery } from '../../../platform/http/paging.js';
import { instant } from '../trips/trips.schemas.js';

const when = instant.transform((s) => new Date(s));
const reasons = z.array(z.string()).meta({ description: 'The reasons in Chinese (compatibility); prefer reasonTexts' });
const reasonTexts = z.array(z.object({ code: z.string(), zh: z.string(), en: z.string() }).meta({ id: 'FleetDispatchReason' }));

export const assignmentInput = z.strictObject({ vehicleId: z.uuid(), driverId: z.uuid().nullish() });
export const mergeInput = assignmentInput.extend({ requestIds: z.array(z.uuid()).min(2).max(20) });
export const emergencyInput = assignmentInput.extend({
  agencyId: z.uuid(), plannedStart: when, plannedEnd: when, origin: z.string().trim().min(1).max(200),
  destination: z.string().trim().min(1).max(200), purpose: z.string().trim().min(1).max(500), passengerCount: z.number().int().min(0).max(60).default(0),
});

export const suggestionQuery = z.strictObject({ vehicleId: z.uuid().optional() });
export const windowSuggestionQuery = z.strictObject({
  agencyId: z.uuid(), from: when, to: when, passengers: z.coerce.number().int().min(0).max(60).default(1),
  inCity: z.enum(['true', 'false']).default('true').transform((s) => s === 'true'),
  needDriver: z.enum(['true', 'false']).default('true').transform((s) => s === 'true'),
  emergency: z.enum(['true', 'false']).default('false').transform((s) => s === 'true'),
  vehicleId: z.uuid().optional(),
});

export const suggestions = z.object({
  seatsNeeded: z.number(),
  vehicles: z.array(z.object({ id: z.string(), plate: z.string(), agencyId: z.string(), seats: z.number(), energy: z.string(), monthKm: z.number(), rank: z.number(), reasons, reasonTexts })),
  drivers: z.array(z.object({ id: z.string(), name: z.string(), agencyId: z.string(), emergencyTeam: z.boolean(), monthTrips: z.number(), rank: z.number(), reasons, reasonTexts })),
}).meta({ id: 'FleetDispatchSuggestions' });

export const carpoolQuery = z.strictObject({ from: when.optional(), to: when.optional() });
export const carpoolProposals = z.object({
  items: z.array(z.object({ requestIds: z.array(z.string()), start: z.string(), end: z.string(), passengers: z.number(), seatsNeeded: z.number(), destination: z.string(), reasons, reasonTexts })),
  total: z.number(),
}).meta({ id: 'FleetCarpoolProposals' });

export const dispatchAgencyQuery = z.strictObject({ ...listQuery });
export const dispatchAgencies = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), shortName: z.string().nullable() }).meta({ id: 'FleetDispatchAgency' })),
  total: z.number().int(),
}).meta({ id: 'FleetDispatchAgencies' });
