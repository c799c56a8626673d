// @vitest-environment node
import { describe } from 'vitest';
import { checkExpressionMessages } from '../expression-messages/messages-check.ts';
import { REPEAT_MESSAGES } from './index.ts';

describe("the builder's repeat messages", () => {
  checkExpressionMessages(REPEAT_MESSAGES);
});
