let counter = 0;

/**
 * A key for a workspace entry: unique within a session and, thanks to the time and random part,
 * unlikely to collide with keys restored from an earlier session. It is never shown to users.
 */
export function newEntryKey(): string {
  counter += 1;
  return `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}${counter.toString(36)}`;
}

/** Names this tab in what it saves, so a tab can tell its own writes from another tab's. */
export function newTabId(): string {
  return `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}
