import { api, typedQuery, unwrap, type Query } from '../../shared/api';

/** Typed fetchers of the main estate lists (paths and query fields checked against the server's OpenAPI). */
export const listBuildings = (q: Query) => unwrap(api.GET('/api/v1/estate/buildings', { params: { query: typedQuery<'/api/v1/estate/buildings'>(q) } }));
export const listRooms = (q: Query) => unwrap(api.GET('/api/v1/estate/rooms', { params: { query: typedQuery<'/api/v1/estate/rooms'>(q) } }));
export const listPeopleCompliance = (q: Query) => unwrap(api.GET('/api/v1/estate/compliance/people', { params: { query: typedQuery<'/api/v1/estate/compliance/people'>(q) } }));
export const listAgencyCompliance = (q: Query) => unwrap(api.GET('/api/v1/estate/compliance/agencies', { params: { query: typedQuery<'/api/v1/estate/compliance/agencies'>(q) } }));
export const listBuildingCompliance = (q: Query) => unwrap(api.GET('/api/v1/estate/compliance/buildings', { params: { query: typedQuery<'/api/v1/estate/compliance/buildings'>(q) } }));
export const listCensusCampaigns = (q: Query) => unwrap(api.GET('/api/v1/estate/census-campaigns', { params: { query: typedQuery<'/api/v1/estate/census-campaigns'>(q) } }));
export const getCensusCampaign = (id: string) => unwrap(api.GET('/api/v1/estate/census-campaigns/{id}', { params: { path: { id } } }));
export const censusAgencies = (id: string) => unwrap(api.GET('/api/v1/estate/census-campaigns/{id}/agencies', { params: { path: { id }, query: { pageSize: 200 } } }));
export const censusMyItems = (id: string) => unwrap(api.GET('/api/v1/estate/census-campaigns/{id}/my-items', { params: { path: { id }, query: { pageSize: 200 } } }));
export const censusDifferences = (id: string, agencyId?: string) =>
  unwrap(api.GET('/api/v1/estate/census-campaigns/{id}/differences', { params: { path: { id }, query: { pageSize: 200, agencyId } } }));
export const confirmCensusItem = (id: string, itemId: string) =>
  unwrap(api.POST('/api/v1/estate/census-campaigns/{id}/items/{itemId}/confirm', { params: { path: { id, itemId } } }));
