import * as core from '@actions/core';
import type { Logger } from '../engine/logger.js';

/** Engine logger for actions: the runner's log, with secrets registered for masking at once. */
export const actionLogger: Logger = {
  info: (message) => core.info(message),
  warn: (message) => core.warning(message),
  debug: (message) => core.debug(message),
  secret: (value) => {
    if (value) core.setSecret(value);
  },
};
