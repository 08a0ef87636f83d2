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
  /** Changes with every write; sent as the ETag header of endpoints, never in the body. */
  etag: string;
}

/**
 * A long-running operation, as Azure ML's front end reports it (`mfeOperationsStatus`): `Updating`
 * while it runs (never InProgress), then Succeeded, Failed or Canceled.
 */
export interface Operation {
  /** `oeidp:<workspace guid>:<uuid>` for endpoints, `odidp:...` for deployments, as Azure names them. */
  id: string;
  status: 'Updating' | 'Succeeded' | 'Failed' | 'Canceled';
  startTime: string;
  endTime?: string;
  /** The resource it works on; read back by mfeOperationResults once done. */
  resourceId: string;
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

  put(id: string, resource: Omit<StoredResource, 'id' | 'systemData' | 'etag'> & { systemData?: Json }): StoredResource {
    const now = new Date().toISOString();
    const existing = this.get(id);
    const stored: StoredResource = {
      ...resource,
      id,
      etag: `"${randomUUID()}"`,
      systemData: {
        createdAt: existing?.systemData.createdAt ?? now,
        createdBy: 'mlship-emulator',
        createdByType: 'Application',
        lastModifiedAt: now,
        lastModifiedBy: 'mlship-emulator',
        lastModifiedByType: 'Application',
      },
    };
    this.resources.set(id.toLowerCase(), stored);
    return stored;
  }

  /** A write in place (PATCH, provisioning finishing) also changes the ETag. */
  touch(resource: StoredResource): void {
    resource.etag = `"${randomUUID()}"`;
    resource.systemData.lastModifiedAt = new Date().toISOString();
  }

  delete(id: string): boolean {
    return this.resources.delete(id.toLowerCase());
  }

  /** Direct children of `parentId` of one type segment (`models`, `versions`, `deployments`). */
  children(parentId: string, segment: string): StoredResource[] {
    const prefix = `${parentId}/${segment}/`.toLowerCase();
    return [...this.resources.entries()].filter(([key]) => key.startsWith(prefix) && !key.slice(prefix.length).includes('/')).map(([, r]) => r);
  }

  startOperation(resourceId: string, workspaceGuid: string): Operation {
    const kind = resourceId.toLowerCase().includes('/deployments/') ? 'odidp' : 'oeidp';
    const operation: Operation = { id: `${kind}:${workspaceGuid}:${randomUUID()}`, status: 'Updating', startTime: new Date().toISOString(), resourceId };
    this.operations.set(operation.id, operation);
    return operation;
  }

  /** Ends an operation: its status and end time, as the status endpoint then reports them. */
  finish(operation: Operation, status: 'Succeeded' | 'Failed', error?: { code: string; message: string; details?: { code: string; message: string }[] }): void {
    operation.status = status;
    operation.endTime = new Date().toISOString();
    if (error) operation.error = error;
  }
}
