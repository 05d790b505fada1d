/**
 * Runs code in the content script's isolated world of a page (over the DevTools protocol), as a compromised or
 * confused content script would: it has this extension's messaging APIs, so what it sends reaches the extension's
 * real listeners, which must still refuse what a content script may not ask.
 */
import type { Page } from 'playwright-core';

interface ExecutionContext {
  id: number;
  name: string;
  auxData?: { type?: string; isDefault?: boolean };
}

export async function evaluateInContentScript<T>(page: Page, expression: string): Promise<T> {
  const session = await page.context().newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context as ExecutionContext));
  await session.send('Runtime.enable');
  const world = contexts.find((context) => context.auxData?.type === 'isolated' && context.name === 'Care Review Lens');
  if (!world) throw new Error(`no content script world among ${contexts.map((context) => context.name).join(', ')}`);
  const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
    expression,
    contextId: world.id,
    awaitPromise: true,
    returnByValue: true,
  });
  await session.detach();
  if (exceptionDetails) throw new Error(`content script world: ${exceptionDetails.text} ${result.description ?? ''}`);
  return result.value as T;
}
