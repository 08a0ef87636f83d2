import { randomUUID } from 'node:crypto';

type Json = Record<string, any>;

export interface StoredResource {
  id: string;
  name: string;
  type: string;
  location?: string;
  tags?: Record<string, string>;
  identity?: Json;
  kind?: string;
  sku?: Json;
  properties: Json;
  systemData: Json;
}

/** Long-running operations the emulator is working through, by id. */
export interface Operation {
  id: string;
  status: 'InProgress' | 'Succeeded' | 'Failed' | 'Canceled';
  error?: { code: string; message: string };
}

/**
 * The emulator's resources, keyed by lower-cased ARM id (ARM ids are case-insensitive), plus the
 * operations in flight.
 */
export class ResourceStore {
  private readonly resources = new Map<string, StoredResource>();
  readonly operations = new Map<string, Operation>();

  get(id: string): StoredResource | undefined {
    return this.resources.get(id.toLowerCase());
  }

  put(id: string, resource: Omit<StoredResource, 'id' | 'systemData'> & { systemData?: Json }): StoredResource {
    const now = new Date().toISOString();
    const existing = this.get(id);
    const stored: StoredResource = {
      ...resource,
      id,
      systemData: { createdAt: existing?.systemData.createdAt ?? now, createdBy: 'mlship-emulator', createdByType: 'Application', lastModifiedAt: now },
    };
    this.resources.set(id.toLowerCase(), stored);
    return stored;
  }

  delete(id: string): boolean {
    return this.resources.delete(id.toLowerCase());
  }

  /** Direct children of `parentId` of one type segment (`models`, `versions`, `deployments`). */
  children(parentId: string, segment: string): StoredResource[] {
    const prefix = `${parentId}/${segment}/`.toLowerCase();
    return [...this.resources.entries()].filter(([key]) => key.startsWith(prefix) && !key.slice(prefix.length).includes('/')).map(([, r]) => r);
  }

  startOperation(): Operation {
    const operation: Operation = { id: randomUUID(), status: 'InProgress' };
    this.operations.set(operation.id, operation);
    return operation;
  }
}
