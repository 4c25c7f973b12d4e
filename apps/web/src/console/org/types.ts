import type { components } from '@zd/api-types';

/** Shapes generated from the server's OpenAPI document. */
type S = components['schemas'];
export type Region = S['Region'];
export type Agency = S['Agency'];
export type Department = S['Department'];
export type Person = S['Person'];
export type Position = S['Position'];
