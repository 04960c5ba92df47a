export { openFile } from './openFile';
export { scenarioToJson, workspaceToJson, entriesToWorkspaceJson } from './serialize';
export { slugify, scenarioFileName, workspaceFileName } from './fileNames';
export { saveScenarioFile, saveWorkspaceFile } from './save';
export { listExamples, describeExample, examplesFrom, type ExampleFile, type ExampleInfo } from './examples';
export { SHARE_PREFIX, WORKSPACE_SHARE_PREFIX, CHAT_SAFE_LINK_CHARS, isShareLink, shareLinkHash, shareLinkUrl, workspaceShareHash, linkWithHash, readShareLink } from './shareLink';
export type { SharedView } from './sharedView';
export { consumeShareLink, type ShareLinkOutcome, type OpenSharedWorkspace } from './consumeShareLink';
export { useShareLinkOnLoad } from './useShareLinkOnLoad';
