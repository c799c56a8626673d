// @vitest-environment node
import { describe } from 'vitest';
import { EXPRESSION_MESSAGES } from './index.ts';
import { checkExpressionMessages } from './messages-check.ts';

describe("the builder's expression messages", () => {
  checkExpressionMessages(EXPRESSION_MESSAGES);
});
