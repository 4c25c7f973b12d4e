import type { Actor } from '../audit/audit.service.js';
import type { Db } from '../db/types.js';
import type { InstanceStatus } from './workflow.table.js';

/** What a callback learns about the instance that ended (or was returned). */
export interface InstanceFacts {
  id: string;
  businessType: string;
  businessId: string;
  title: string;
  status: InstanceStatus;
  applicantAccountId: string;
  applicantPersonId: string;
  agencyId: string;
}

/** Callbacks run inside the transaction of the action: if one throws, the action is undone. */
export interface CallbackContext {
  tx: Db;
  instance: InstanceFacts;
  actor: Actor;
  comment: string | null;
}

/** A business type a module registers: `fleet.trip`, `assets.requisition`, `platform.request`… */
export interface BusinessType {
  type: string;
  nameZh: string;
  nameEn: string;
  /** Console path of the business object, shown in My tasks. */
  link?: (businessId: string) => string;
  onApproved?: (ctx: CallbackContext) => Promise<void>;
  onRejected?: (ctx: CallbackContext) => Promise<void>;
  onWithdrawn?: (ctx: CallbackContext) => Promise<void>;
  /** Returned for edits: the module may reopen the object for the applicant. */
  onReturned?: (ctx: CallbackContext) => Promise<void>;
}

const TYPE = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/;

export class BusinessTypeRegistry {
  private readonly types = new Map<string, BusinessType>();

  register(t: BusinessType): void {
    if (!TYPE.test(t.type)) throw new Error(`bad business type ${t.type}: use <module>.<entity>`);
    if (this.types.has(t.type)) throw new Error(`business type ${t.type} registered twice`);
    this.types.set(t.type, t);
  }

  get(type: string): BusinessType | undefined {
    return this.types.get(type);
  }

  all(): BusinessType[] {
    return [...this.types.values()].sort((a, b) => a.type.localeCompare(b.type));
  }
}
