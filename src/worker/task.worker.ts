/// <reference lib="webworker" />
import type { TaskRequest } from './protocol';
import { createTaskHost } from './taskHost';

// Only the task kinds' engine code and the protocol come in here: the worker bundle stays small.
declare const self: DedicatedWorkerGlobalScope;

const host = createTaskHost((message, transfer) => self.postMessage(message, transfer));
self.onmessage = (event: MessageEvent<TaskRequest>) => host.handle(event.data);
