import { lazy, type LazyExoticComponent, type ReactNode } from 'react';

/** The estate pages by menu key (spread into PAGES in app/App.tsx); each is its own lazy chunk. */
export const estatePages: Record<string, LazyExoticComponent<() => ReactNode>> = {
  'estate-buildings': lazy(() => import('./BuildingsPage')),
  'estate-rooms': lazy(() => import('./RoomsPage')),
  'estate-plans': lazy(() => import('./FloorPlanPage')),
  'estate-compliance': lazy(() => import('./CompliancePage')),
  'estate-allocations': lazy(() => import('./AllocationsPage')),
  'estate-requests': lazy(() => import('./RequestsPage')),
  'estate-recovery': lazy(() => import('./RecoveryPage')),
  'estate-census': lazy(() => import('./CensusPage')),
  'estate-inspections': lazy(() => import('./InspectionsPage')),
  'estate-transfers': lazy(() => import('./TransfersPage')),
  'estate-leasing': lazy(() => import('./LeasingPage')),
  'estate-remote': lazy(() => import('./RemotePage')),
  'estate-activity': lazy(() => import('./ActivityRoomsPage')),
  'estate-disclosure': lazy(() => import('./DisclosurePage')),
  'estate-housing': lazy(() => import('./HousingPage')),
};
