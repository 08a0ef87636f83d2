import { V2_BATCH_DEPLOYMENT_FIELDS, V2_BATCH_ENDPOINT_FIELDS } from './batch.js';
import type { FieldMaps } from './rules.js';
import { V1_DEPLOYMENT_FIELDS, V1_INFERENCE_FIELDS } from './v1.js';
import { V2_DEPLOYMENT_FIELDS, V2_ENDPOINT_FIELDS, V2_ENVIRONMENT_FIELDS, V2_MODEL_FIELDS } from './v2.js';

/** The one table of where every config field goes (see rules.ts), by kind of file. */
export const FIELD_MAPS: FieldMaps = {
  'v1-deployment-config': V1_DEPLOYMENT_FIELDS,
  'v1-inference-config': V1_INFERENCE_FIELDS,
  'v2-online-deployment': V2_DEPLOYMENT_FIELDS,
  'v2-online-endpoint': V2_ENDPOINT_FIELDS,
  'v2-environment': V2_ENVIRONMENT_FIELDS,
  'v2-model': V2_MODEL_FIELDS,
  'v2-batch-endpoint': V2_BATCH_ENDPOINT_FIELDS,
  'v2-batch-deployment': V2_BATCH_DEPLOYMENT_FIELDS,
};

export { applyFieldRules, fieldPath, isSet, type ArmMapping, type FieldMap, type FieldRule } from './rules.js';
