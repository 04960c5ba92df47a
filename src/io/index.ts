export { openFile } from './openFile';
export { scenarioToJson, workspaceToJson, entriesToWorkspaceJson } from './serialize';
export { slugify, scenarioFileName, workspaceFileName } from './fileNames';
export { saveScenarioFile, saveWorkspaceFile } from './save';
export { listExamples, describeExample, examplesFrom, type ExampleFile, type ExampleInfo } from './examples';
export { localizeExampleFile, localizeExampleInfo } from './localizeExample';
export { SHARE_PREFIX, isShareLink, shareLinkHash, shareLinkUrl, readShareLink } from './shareLink';
export { consumeShareLink, type ShareLinkOutcome } from './consumeShareLink';
export { useShareLinkOnLoad } from './useShareLinkOnLoad';
