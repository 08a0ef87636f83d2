import * as core from '@actions/core';
import { neutralise } from '../engine/format.js';
import type { Logger } from '../engine/logger.js';

/**
 * Engine logger for actions: the runner's log, with secrets registered for masking at once. Every
 * line goes through `neutralise`, so text from a config file, a score.py or Azure can never be
 * read by the runner as a workflow command (`::add-mask::`, `::set-output::`...).
 */
export const actionLogger: Logger = {
  info: (message) => core.info(neutralise(message)),
  warn: (message) => core.warning(neutralise(message)),
  debug: (message) => core.debug(neutralise(message)),
  secret: (value) => {
    if (value) core.setSecret(value);
  },
};
