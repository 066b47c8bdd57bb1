/**
 * LTI 1.3 / LTI Advantage names used by the tool (1EdTech LTI Core 1.3, Deep Linking 2.0,
 * Assignment and Grade Services 2.0).
 */
const LTI = "https://purl.imsglobal.org/spec/lti/claim/";
export const CLAIM = {
  messageType: `${LTI}message_type`,
  version: `${LTI}version`,
  deploymentId: `${LTI}deployment_id`,
  targetLinkUri: `${LTI}target_link_uri`,
  resourceLink: `${LTI}resource_link`,
  roles: `${LTI}roles`,
  context: `${LTI}context`,
  custom: `${LTI}custom`,
  ags: "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
  dlSettings: "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
  dlContentItems: "https://purl.imsglobal.org/spec/lti-dl/claim/content_items",
  dlData: "https://purl.imsglobal.org/spec/lti-dl/claim/data",
} as const;

export const MESSAGE = {
  resourceLink: "LtiResourceLinkRequest",
  deepLinkingRequest: "LtiDeepLinkingRequest",
  deepLinkingResponse: "LtiDeepLinkingResponse",
} as const;

export const ROLE_INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
export const ROLE_LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
export const SCOPE_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
export const SCORE_MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";
