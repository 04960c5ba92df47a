/// <reference lib="webworker" />
import { createMcHost } from './host';
import type { McRequest } from './protocol';

// Only the engine's Monte Carlo and the protocol come in here: the worker bundle stays small.
declare const self: DedicatedWorkerGlobalScope;

const host = createMcHost((message, transfer) => self.postMessage(message, transfer));
self.onmessage = (event: MessageEvent<McRequest>) => host.handle(event.data);
