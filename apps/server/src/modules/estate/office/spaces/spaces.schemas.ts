import { z } from 'zod';
import { listQuery } from '../../../../platform/http/paging.js';
import { isoDate } from '../../../../platform/http/schemas.js';
import { buildingStatuses, roomStatuses, roomUseClasses, suiteParts } from '../../db/buildings.table.js';

const areaIn = z.number().min(0).max(9_999_999.99).multipleOf(0.01);
const roomArea = z.number().min(0).max(999_999.99).multipleOf(0.01);
const format = z.enum(['json', 'xlsx']).optional();

export const building = z.object({
  id: z.string(), name: z.string(), code: z.string(), address: z.string().nullable(), regionId: z.string(), regionName: z.string(),
  ownerAgencyId: z.string().nullable(), ownerAgencyName: z.string().nullable(), ownerName: z.string().nullable(), ownershipKind: z.string(),
  titleCertNo: z.string().nullable(), landCertNo: z.string().nullable(), builtYear: z.number().int().nullable(), acquiredOn: z.string().nullable(),
  floorsAbove: z.number().int(), floorsBelow: z.number().int(), constructionAreaM2: z.number().nullable(), landAreaM2: z.number().nullable(),
  status: z.string(), note: z.string().nullable(), roomCount: z.number().int(), usableAreaM2: z.number(),
}).meta({ id: 'EstateBuilding' });

export const buildingInput = z.strictObject({
  name: z.string().trim().min(1).max(100),
  code: z.string().trim().min(1).max(32).regex(/^[0-9A-Za-z-]+$/, '编码只能包含字母、数字和短横线'),
  address: z.string().trim().max(200).nullish(),
  regionId: z.uuid(),
  ownerAgencyId: z.uuid().nullish(),
  ownerName: z.string().trim().max(100).nullish(),
  ownershipKind: z.enum(['state', 'collective', 'leased-in', 'other']).default('state'),
  titleCertNo: z.string().trim().max(100).nullish(),
  landCertNo: z.string().trim().max(100).nullish(),
  builtYear: z.number().int().min(1900).max(2100).nullish(),
  acquiredOn: isoDate.nullish(),
  floorsAbove: z.number().int().min(0).max(200).default(1),
  floorsBelow: z.number().int().min(0).max(20).default(0),
  constructionAreaM2: areaIn.nullish(),
  landAreaM2: areaIn.nullish(),
  status: z.enum(buildingStatuses).default('in-use'),
  note: z.string().trim().max(500).nullish(),
});
export type BuildingInput = z.infer<typeof buildingInput>;
export const buildingPatch = buildingInput.partial();
export const buildingListQuery = z.strictObject({ ...listQuery, regionId: z.uuid().optional(), status: z.enum(buildingStatuses).optional(), format });

export const floor = z.object({
  id: z.string(), buildingId: z.string(), buildingName: z.string(), level: z.number().int(), name: z.string(),
  planFileId: z.string().nullable(), planKind: z.string().nullable(), planWidth: z.number().nullable(), planHeight: z.number().nullable(),
  roomCount: z.number().int(), usableAreaM2: z.number(),
}).meta({ id: 'EstateFloor' });
export const floorInput = z.strictObject({
  buildingId: z.uuid(), level: z.number().int().min(-20).max(200), name: z.string().trim().min(1).max(50),
});
export type FloorInput = z.infer<typeof floorInput>;
export const floorPatch = floorInput.omit({ buildingId: true }).partial();
export const floorListQuery = z.strictObject({ ...listQuery, buildingId: z.uuid().optional(), format });

export const room = z.object({
  id: z.string(), floorId: z.string(), floorName: z.string(), level: z.number().int(), buildingId: z.string(), buildingName: z.string(),
  number: z.string(), useClass: z.string(), subUse: z.string().nullable(), suitePart: z.string().nullable(),
  usableAreaM2: z.number(), constructionAreaM2: z.number().nullable(),
  agencyId: z.string().nullable(), agencyName: z.string().nullable(), status: z.string(),
  outline: z.array(z.tuple([z.number(), z.number()])).nullable(), svgElementId: z.string().nullable(), note: z.string().nullable(),
  occupantCount: z.number().int(),
}).meta({ id: 'EstateRoom' });
export const roomInput = z.strictObject({
  floorId: z.uuid(),
  number: z.string().trim().min(1).max(20),
  useClass: z.enum(roomUseClasses),
  subUse: z.string().trim().max(50).nullish(),
  suitePart: z.enum(suiteParts).nullish(),
  usableAreaM2: roomArea,
  constructionAreaM2: roomArea.nullish(),
  agencyId: z.uuid().nullish(),
  status: z.enum(roomStatuses).default('vacant'),
  svgElementId: z.string().trim().max(100).nullish(),
  note: z.string().trim().max(500).nullish(),
});
export type RoomInput = z.infer<typeof roomInput>;
export const roomPatch = roomInput.omit({ floorId: true }).partial();
export const roomListQuery = z.strictObject({
  ...listQuery, buildingId: z.uuid().optional(), floorId: z.uuid().optional(), agencyId: z.uuid().optional(),
  useClass: z.enum(roomUseClasses).optional(), status: z.enum(roomStatuses).optional(), format,
});
export type RoomFilter = Omit<z.infer<typeof roomListQuery>, 'page' | 'pageSize' | 'format'>;
