// Generated from catalogue.toml by `cargo xtask gen`. Do not edit by hand.

import type { ErrorCategory } from "./categories.js";
import type { ErrorCode, ErrorName } from "./codes.js";
import { errorName } from "./names.js";
import type { AudioCaptureFailedReason } from "./reasons.js";

/**
 * The type of each code's numbered reasons, for the codes that have some:
 * `ReasonsOf[6010]` is `AudioCaptureFailedReason`.
 */
export interface ReasonsOf {
  readonly 6010: AudioCaptureFailedReason;
}

/** The type of a code's numbered reasons; `never` for a code without. */
export type ReasonCode<Code extends number> = Code extends keyof ReasonsOf ? ReasonsOf[Code] : never;

/**
 * Everything the catalogue says about one error code. For a known code
 * (`errorInfo(ErrorCode.AUDIO_CAPTURE_FAILED)`), `reasons` is typed with the
 * type of the code's reasons. The object is frozen: it is shared by every caller.
 */
export interface ErrorInfo<Code extends ErrorCode = ErrorCode> {
  /** The number the SDK reports. */
  readonly code: Code;
  /** The SCREAMING_SNAKE_CASE name. */
  readonly name: ErrorName;
  /** The section of the reference the code is filed under. */
  readonly category: ErrorCategory;
  /** The SDK reference's description; a few codes are documented by name only. */
  readonly description: string | undefined;
  /** The SDK methods the code occurs in, as `object.method` paths. */
  readonly methods: readonly string[];
  /** Un-numbered notes: the causes or messages that come with the code. */
  readonly details: readonly string[];
  /** Numbered sub-reasons, in order. */
  readonly reasons: readonly ReasonInfo<ReasonCode<Code>>[];
  /** Why the code is retired, if it is; a retired code is never reused. */
  readonly deprecated: string | undefined;
  /** The SDK version that introduced the code, if known. */
  readonly since: string | undefined;
}

/** A numbered sub-reason of an error code; `Code` is the type of its code's reasons. */
export interface ReasonInfo<Code extends number = number> {
  /** The reason's number, unique within its error code. */
  readonly code: Code;
  /** The SCREAMING_SNAKE_CASE name, as in the reason enum. */
  readonly name: string;
  readonly description: string;
}

/** A section of the reference. */
export interface CategoryInfo {
  readonly id: ErrorCategory;
  /** The section heading. */
  readonly title: string;
  readonly description: string | undefined;
  /** The enclosing section, for a sub-section. */
  readonly parent: ErrorCategory | undefined;
}

/**
 * An entry of `ERRORS`. Its number and name are typed `number` and `string`
 * rather than `ErrorCode` and `ErrorName`: checking every entry against those
 * unions costs time in proportion to their size, which made a catalogue of
 * 15,000 codes take a minute to type-check; `errorInfo` restores the types.
 */
interface Entry {
  readonly code: number;
  readonly name: string;
  readonly category: ErrorCategory;
  readonly description: string | undefined;
  readonly methods: readonly string[];
  readonly details: readonly string[];
  readonly reasons: readonly ReasonInfo[];
  readonly deprecated: string | undefined;
  readonly since: string | undefined;
}

// Keyed by name: `satisfies` rejects a missing or extra code, and
// `Mismatched` (checked in `errorInfo`) an entry whose name or number is not
// its key's.
const ERRORS = {
  OPERATION_TIMEOUT: {
    code: 1,
    name: "OPERATION_TIMEOUT",
    category: "common",
    description: undefined,
    methods: [],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  INTERNAL_ERROR: {
    code: 2,
    name: "INTERNAL_ERROR",
    category: "common",
    description: undefined,
    methods: [],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  OPERATION_CANCELLED: {
    code: 3,
    name: "OPERATION_CANCELLED",
    category: "common",
    description: "Operation was cancelled due to session state changes. This occurs when an ongoing operation is interrupted by:",
    methods: [],
    details: [
      "Session termination (LEAVING_MEETING)",
      "Failed session join (JOIN_MEETING_FAILED)",
      "Session reconnection process (RECONNECTING_MEETING)",
      "The operation promise will be rejected with this error code when meeting state changes make the operation invalid",
    ],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SESSION_FETCH_INFO_ERROR: {
    code: 200,
    name: "SESSION_FETCH_INFO_ERROR",
    category: "session",
    description: "Session creation or retrieval error. Usually caused by an incorrect field value in the JWT token.",
    methods: [],
    details: [
      "connection error",
      "The token has expired, is over 2 days old, or is ineffective",
      "Password max of 10 characters",
      "This account does not exist or does not belong to you",
      "Verify JWT failed",
      "invalid session key",
    ],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SESSION_INCORRECT_PASSCODE: {
    code: 3004,
    name: "SESSION_INCORRECT_PASSCODE",
    category: "session",
    description: "The session passcode is incorrect.",
    methods: [],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SESSION_USER_REMOVED: {
    code: 3009,
    name: "SESSION_USER_REMOVED",
    category: "session",
    description: "The user was removed by the session host and is prevented from rejoining the same session.",
    methods: [],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SESSION_ROLE_TYPE_ERROR: {
    code: 3010,
    name: "SESSION_ROLE_TYPE_ERROR",
    category: "session",
    description: "Incorrect role type in the JWT token.",
    methods: [],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SESSION_INVALID_PARAMETER: {
    code: 4003,
    name: "SESSION_INVALID_PARAMETER",
    category: "session",
    description: "Incorrect parameters for connecting to the Zoom server. If you encounter this issue, please report it to Zoom.",
    methods: [],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SESSION_ENDED: {
    code: 4004,
    name: "SESSION_ENDED",
    category: "session",
    description: "The session has ended.",
    methods: [],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SESSION_EXCEED_CAPACITY: {
    code: 4005,
    name: "SESSION_EXCEED_CAPACITY",
    category: "session",
    description: "The number of users in the session exceeds the capacity.",
    methods: [],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CLIENT_PLATFORM_UNSUPPORTED: {
    code: 5000,
    name: "CLIENT_PLATFORM_UNSUPPORTED",
    category: "client",
    description: "Occurs in client.init because the platform does not meet the basic WebRTC requirements.",
    methods: [
      "client.init",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CLIENT_DEPENDENT_ASSETS_INACCESSIBLE: {
    code: 5001,
    name: "CLIENT_DEPENDENT_ASSETS_INACCESSIBLE",
    category: "client",
    description: "Occurs in client.init, due to the inability to access self-deployed dependent assets.",
    methods: [
      "client.init",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CLIENT_SESSION_STATE_CLOSED: {
    code: 5002,
    name: "CLIENT_SESSION_STATE_CLOSED",
    category: "client",
    description: "Called a function that requires the user to be in a session, but the session is closed.",
    methods: [],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CLIENT_SESSION_STATE_RECONNECTING: {
    code: 5003,
    name: "CLIENT_SESSION_STATE_RECONNECTING",
    category: "client",
    description: "Called a function that requires the user to be in a session, but the session is reconnecting.",
    methods: [],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED: {
    code: 5006,
    name: "CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED",
    category: "client",
    description: "Operation requires host or manager permission.",
    methods: [],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CLIENT_HOST_PERMISSION_REQUIRED: {
    code: 5007,
    name: "CLIENT_HOST_PERMISSION_REQUIRED",
    category: "client",
    description: "Operation requires host permission.",
    methods: [],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED: {
    code: 5008,
    name: "CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED",
    category: "client",
    description: "Operation requires origin host permission.",
    methods: [],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CLIENT_MISMATCH_USER: {
    code: 5011,
    name: "CLIENT_MISMATCH_USER",
    category: "client",
    description: "User ID doesn't match.",
    methods: [],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CLIENT_DUPLICATED_JOIN: {
    code: 5012,
    name: "CLIENT_DUPLICATED_JOIN",
    category: "client",
    description: "Occurs in client.join due to a duplicate call while the user is already in a session.",
    methods: [
      "client.join",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CLIENT_INVALID_JOIN_PARAMETER: {
    code: 5013,
    name: "CLIENT_INVALID_JOIN_PARAMETER",
    category: "client",
    description: "Occurs in client.join due to an incorrect parameter.",
    methods: [
      "client.join",
    ],
    details: [
      "invalid signature",
      "Topic, token and userName must be string and required",
      "The maximum length of topic is 200",
      "The maximum length of username is 200",
      "The maximum length of password is 10",
    ],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CLIENT_HOST_DISALLOW_RENAME: {
    code: 5014,
    name: "CLIENT_HOST_DISALLOW_RENAME",
    category: "client",
    description: "Occurs in client.changeName due to the host disallowing users from changing their names themselves.",
    methods: [
      "client.changeName",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  STREAM_MISMATCH_DEVICE: {
    code: 6000,
    name: "STREAM_MISMATCH_DEVICE",
    category: "stream",
    description: "The device ID (microphone, audio speaker, camera) does not match any device in the list.",
    methods: [],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  STREAM_MISMATCH_USER: {
    code: 6001,
    name: "STREAM_MISMATCH_USER",
    category: "stream",
    description: "The User ID doesn't match.",
    methods: [],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  STREAM_SESSION_JOIN_REQUIRED: {
    code: 6002,
    name: "STREAM_SESSION_JOIN_REQUIRED",
    category: "stream",
    description: "Occurs when a method is called before client.join has resolved.",
    methods: [
      "client.join",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  STREAM_MISMATCH_RENDER_ELEMENT: {
    code: 6003,
    name: "STREAM_MISMATCH_RENDER_ELEMENT",
    category: "stream",
    description: "Occurs in video or sharing-related functions when the target element does not match the required render element type.",
    methods: [],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  AUDIO_CAPTURE_FAILED: {
    code: 6010,
    name: "AUDIO_CAPTURE_FAILED",
    category: "audio",
    description: "Occurs in stream.startAudio, for the following reasons:",
    methods: [
      "stream.startAudio",
    ],
    details: [],
    reasons: [
      { code: 1, name: "PERMISSION_DENIED_BY_USER", description: "Permission denied by user" },
      { code: 2, name: "PERMISSION_DENIED_BY_SYSTEM", description: "Permission denied by system" },
      { code: 3, name: "DEVICE_IN_USE", description: "Device in use" },
      { code: 4, name: "NO_DEVICE_FOUND", description: "No device found" },
      { code: 5, name: "UNKNOWN", description: "Unknown reason" },
      { code: 6, name: "CONSTRAINT_VIOLATION", description: "Constraint violation" },
      { code: 7, name: "PERMISSION_DISMISSED_BY_USER", description: "Permission dismissed by user" },
    ],
    deprecated: undefined,
    since: undefined,
  },
  AUDIO_CAPTURE_LOADING: {
    code: 6011,
    name: "AUDIO_CAPTURE_LOADING",
    category: "audio",
    description: "Occurs in stream.startAudio or stream.stopAudio when the audio capture is loading.",
    methods: [
      "stream.startAudio",
      "stream.stopAudio",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  AUDIO_IN_PSTN: {
    code: 6012,
    name: "AUDIO_IN_PSTN",
    category: "audio",
    description: "Occurs in stream.startAudio when the audio is already connected by a PSTN call.",
    methods: [
      "stream.startAudio",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  AUDIO_ENCODING_REQUIRED: {
    code: 6013,
    name: "AUDIO_ENCODING_REQUIRED",
    category: "audio",
    description: "Occurs in stream.startAudio, only on legacy Safari browsers when the audio decoding or encoding is required.",
    methods: [
      "stream.startAudio",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  AUDIO_SHARE_AUDIO_CONFLICT: {
    code: 6014,
    name: "AUDIO_SHARE_AUDIO_CONFLICT",
    category: "audio",
    description: "Occurs in stream.stopAudio, only on legacy Chrome browsers when sharing tab audio or system audio.",
    methods: [
      "stream.stopAudio",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  AUDIO_NOT_STARTED: {
    code: 6015,
    name: "AUDIO_NOT_STARTED",
    category: "audio",
    description: "Occurs in stream.muteAudio or stream.unmuteAudio or stream.muteShareAudio or stream.unmuteShareAudio when audio or shared audio has not been started.",
    methods: [
      "stream.muteAudio",
      "stream.unmuteAudio",
      "stream.muteShareAudio",
      "stream.unmuteShareAudio",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SECONDARY_AUDIO_UNSUPPORTED: {
    code: 6017,
    name: "SECONDARY_AUDIO_UNSUPPORTED",
    category: "audio",
    description: "Occurs in stream.startSecondaryAudio due to the platform being unsupported.",
    methods: [
      "stream.startSecondaryAudio",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SECONDARY_AUDIO_DEVICE_CONFLICT: {
    code: 6018,
    name: "SECONDARY_AUDIO_DEVICE_CONFLICT",
    category: "audio",
    description: "Occurs in stream.startSecondaryAudio due to the microphone ID being used for session audio.",
    methods: [
      "stream.startSecondaryAudio",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT: {
    code: 6019,
    name: "SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT",
    category: "audio",
    description: "Occurs in stream.startSecondaryAudio due to screen sharing being in progress.",
    methods: [
      "stream.startSecondaryAudio",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SECONDARY_AUDIO_NOT_STARTED: {
    code: 6020,
    name: "SECONDARY_AUDIO_NOT_STARTED",
    category: "audio",
    description: "Occurs in stream.stopSecondaryAudio, due to the secondary audio not being started.",
    methods: [
      "stream.stopSecondaryAudio",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  PSTN_MISMATCH_COUNTRY_CODE: {
    code: 6021,
    name: "PSTN_MISMATCH_COUNTRY_CODE",
    category: "audio",
    description: "Occurs in stream.inviteByPhone due to the country code does not match any code in the list.",
    methods: [
      "stream.inviteByPhone",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  PSTN_NOT_CONNECTED: {
    code: 6022,
    name: "PSTN_NOT_CONNECTED",
    category: "audio",
    description: "Occurs in stream.hangup due to the PSTN being not being connected.",
    methods: [
      "stream.hangup",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CRC_NOT_CONNECTED: {
    code: 6023,
    name: "CRC_NOT_CONNECTED",
    category: "audio",
    description: "Occurs in stream.cancelCallCRCDevice due to the CRC device not being connected.",
    methods: [
      "stream.cancelCallCRCDevice",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  AUDIO_PROCESSOR_UNSUPPORTED: {
    code: 6026,
    name: "AUDIO_PROCESSOR_UNSUPPORTED",
    category: "audio",
    description: "Occurs in stream.createProcessor due to the audio processor not being supported on the platform.",
    methods: [
      "stream.createProcessor",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  AUDIO_PROCESSOR_DUPLICATE_CREATE: {
    code: 6027,
    name: "AUDIO_PROCESSOR_DUPLICATE_CREATE",
    category: "audio",
    description: "Occurs in stream.createProcessor due to the creation of a duplicate audio processor.",
    methods: [
      "stream.createProcessor",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  AUDIO_PROCESSOR_MISMATCH_PROCESSOR: {
    code: 6028,
    name: "AUDIO_PROCESSOR_MISMATCH_PROCESSOR",
    category: "audio",
    description: "Occurs in stream.addProcessor and stream.removeProcessor because of the inability to find the target processor.",
    methods: [
      "stream.addProcessor",
      "stream.removeProcessor",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  AUDIO_PROCESSOR_LIMIT_EXCEED: {
    code: 6029,
    name: "AUDIO_PROCESSOR_LIMIT_EXCEED",
    category: "audio",
    description: "Occurs in the stream.addProcessor method due to adding the same processor again.",
    methods: [
      "stream.addProcessor",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_CAMERA_PERMISSION_DENIED: {
    code: 6100,
    name: "VIDEO_CAMERA_PERMISSION_DENIED",
    category: "video",
    description: "Occurs in stream.startVideo due to the user being denied camera permission.",
    methods: [
      "stream.startVideo",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_NO_CAMERA: {
    code: 6101,
    name: "VIDEO_NO_CAMERA",
    category: "video",
    description: "Occurs in stream.startVideo due to no camera.",
    methods: [
      "stream.startVideo",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_MISMATCH_CAMERA: {
    code: 6102,
    name: "VIDEO_MISMATCH_CAMERA",
    category: "video",
    description: "Occurs in stream.startVideo due to the camera not matching the device list.",
    methods: [
      "stream.startVideo",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_CAMERA_TAKEN: {
    code: 6103,
    name: "VIDEO_CAMERA_TAKEN",
    category: "video",
    description: "Occurs in stream.startVideo due to the camera being taken by another program.",
    methods: [
      "stream.startVideo",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_VB_INITIALIZE_ERROR: {
    code: 6104,
    name: "VIDEO_VB_INITIALIZE_ERROR",
    category: "video",
    description: "Occurs in stream.startVideo due to a virtual background initialization error.",
    methods: [
      "stream.startVideo",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_CAPTURE_LOADING: {
    code: 6105,
    name: "VIDEO_CAPTURE_LOADING",
    category: "video",
    description: "Occurs in stream.startVideo or stream.stopVideo due to the video capture loading.",
    methods: [
      "stream.startVideo",
      "stream.stopVideo",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_VB_UNSUPPORTED: {
    code: 6107,
    name: "VIDEO_VB_UNSUPPORTED",
    category: "video",
    description: "Occurs in stream.startVideo due to the virtual background not being supported on the platform.",
    methods: [
      "stream.startVideo",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_VB_PROCESSOR_CONFLICT: {
    code: 6108,
    name: "VIDEO_VB_PROCESSOR_CONFLICT",
    category: "video",
    description: "Occurs in stream.startVideo due to the virtual processor in progress.",
    methods: [
      "stream.startVideo",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_MISMATCH_STATE: {
    code: 6109,
    name: "VIDEO_MISMATCH_STATE",
    category: "video",
    description: "Occurs in stream.startVideo or stream.stopVideo due to the video state not being matched.",
    methods: [
      "stream.startVideo",
      "stream.stopVideo",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_ESTABLISH_STREAM_ERROR: {
    code: 6110,
    name: "VIDEO_ESTABLISH_STREAM_ERROR",
    category: "video",
    description: "Occurs in stream.startVideo due to a video stream establish error.",
    methods: [
      "stream.startVideo",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_RENDER_LIMIT_EXCEED: {
    code: 6111,
    name: "VIDEO_RENDER_LIMIT_EXCEED",
    category: "video",
    description: "Occurs in stream.renderVideo or stream.attachVideo due to number of rendered videos exceeding the limit.",
    methods: [
      "stream.renderVideo",
      "stream.attachVideo",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_METHOD_DEPRECATED: {
    code: 6112,
    name: "VIDEO_METHOD_DEPRECATED",
    category: "video",
    description: "Occurs in stream.renderVideo due to the method not being applicable for WebRTC video.",
    methods: [
      "stream.renderVideo",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_VB_IMAGE_INACCESSIBLE: {
    code: 6113,
    name: "VIDEO_VB_IMAGE_INACCESSIBLE",
    category: "video",
    description: "Occurs in stream.previewVirtualBackground due to the virtual background image being inaccessible.",
    methods: [
      "stream.previewVirtualBackground",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_VB_MISMATCH_STATE: {
    code: 6114,
    name: "VIDEO_VB_MISMATCH_STATE",
    category: "video",
    description: "Occurs in stream.previewVirtualBackground due to the virtual background state not being matched.",
    methods: [
      "stream.previewVirtualBackground",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_MASK_IMAGE_INACCESSIBLE: {
    code: 6115,
    name: "VIDEO_MASK_IMAGE_INACCESSIBLE",
    category: "video",
    description: "Occurs in stream.previewMask due to the mask image being inaccessible.",
    methods: [
      "stream.previewMask",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_MASK_PROCESSOR_CONFLICT: {
    code: 6116,
    name: "VIDEO_MASK_PROCESSOR_CONFLICT",
    category: "video",
    description: "Occurs in stream.previewMask due to the virtual background or processor being in progress.",
    methods: [
      "stream.previewMask",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_SPOTLIGHT_MISMATCH_STATE: {
    code: 6117,
    name: "VIDEO_SPOTLIGHT_MISMATCH_STATE",
    category: "video",
    description: "Occurs in stream.spotlightVideo due to video not started or spotlighted.",
    methods: [
      "stream.spotlightVideo",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_SPOTLIGHT_MULTI_CONFLICT: {
    code: 6118,
    name: "VIDEO_SPOTLIGHT_MULTI_CONFLICT",
    category: "video",
    description: "Occurs in stream.removeSpotlightedVideo due to multiple spotlighted videos not being able to be removed.",
    methods: [
      "stream.removeSpotlightedVideo",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_PROCESSOR_UNSUPPORTED: {
    code: 6119,
    name: "VIDEO_PROCESSOR_UNSUPPORTED",
    category: "video",
    description: "Occurs in stream.createProcessor due to the video processor being unsupported on the platform.",
    methods: [
      "stream.createProcessor",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_PROCESSOR_LIMIT_EXCEED: {
    code: 6120,
    name: "VIDEO_PROCESSOR_LIMIT_EXCEED",
    category: "video",
    description: "Occurs in stream.addProcessor due to adding more than one video processor at the same time.",
    methods: [
      "stream.addProcessor",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_PROCESSOR_DUPLICATE_CREATE: {
    code: 6121,
    name: "VIDEO_PROCESSOR_DUPLICATE_CREATE",
    category: "video",
    description: "Occurs in stream.createProcessor due to creating duplicate video processors.",
    methods: [
      "stream.createProcessor",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VIDEO_PROCESSOR_MISMATCH_PROCESSOR: {
    code: 6122,
    name: "VIDEO_PROCESSOR_MISMATCH_PROCESSOR",
    category: "video",
    description: "Occurs in stream.addProcessor because of the inability to find the target processor.",
    methods: [
      "stream.addProcessor",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED: {
    code: 6150,
    name: "FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED",
    category: "video",
    description: "Occurs in stream.controlCamera, stream.controlFarEndCamera, or stream.requestFarEndCameraControl due to camera control being unsupported on the platform.",
    methods: [
      "stream.controlCamera",
      "stream.controlFarEndCamera",
      "stream.requestFarEndCameraControl",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  FAR_END_CAMERA_CONTROL_MISMATCH_STATE: {
    code: 6151,
    name: "FAR_END_CAMERA_CONTROL_MISMATCH_STATE",
    category: "video",
    description: "Occurs in stream.requestFarEndCameraControl, stream.approveFarEndCameraControl, stream.declineFarEndCameraControl, stream.giveUpFarEndCameraControl, or stream.controlCamera due to camera control mismatch.",
    methods: [
      "stream.requestFarEndCameraControl",
      "stream.approveFarEndCameraControl",
      "stream.declineFarEndCameraControl",
      "stream.giveUpFarEndCameraControl",
      "stream.controlCamera",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  FAR_END_CAMERA_PERMISSION_REQUIRED: {
    code: 6152,
    name: "FAR_END_CAMERA_PERMISSION_REQUIRED",
    category: "video",
    description: "Occurs in stream.controlFarEndCamera because the camera control permission is not granted.",
    methods: [
      "stream.controlFarEndCamera",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  FAR_END_CAMERA_INVALID_RANGE: {
    code: 6153,
    name: "FAR_END_CAMERA_INVALID_RANGE",
    category: "video",
    description: "Occurs in stream.controlFarEndCamera because the range is invalid.",
    methods: [
      "stream.controlFarEndCamera",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  FAR_END_CAMERA_RATE_LIMIT: {
    code: 6154,
    name: "FAR_END_CAMERA_RATE_LIMIT",
    category: "video",
    description: "Occurs in stream.controlFarEndCamera because the method call rate has exceeded the limit.",
    methods: [
      "stream.controlFarEndCamera",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SCREEN_SHARE_USER_DENIED: {
    code: 6200,
    name: "SCREEN_SHARE_USER_DENIED",
    category: "screen_share",
    description: "Occurs in stream.startShareScreen because the user denied the screen share.",
    methods: [
      "stream.startShareScreen",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SCREEN_SHARE_SYSTEM_DENIED: {
    code: 6201,
    name: "SCREEN_SHARE_SYSTEM_DENIED",
    category: "screen_share",
    description: "Occurs in stream.startShareScreen because the permission in the system setting is not allowed.",
    methods: [
      "stream.startShareScreen",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SCREEN_SHARE_UNSUPPORTED: {
    code: 6202,
    name: "SCREEN_SHARE_UNSUPPORTED",
    category: "screen_share",
    description: "Occurs in stream.startShareScreen because the platform does not support the getDisplayMedia method.",
    methods: [
      "stream.startShareScreen",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SCREEN_SHARE_SUBSESSION_CONFLICT: {
    code: 6203,
    name: "SCREEN_SHARE_SUBSESSION_CONFLICT",
    category: "screen_share",
    description: "Occurs in stream.startShareScreen because the user attempted to share their screen to subsessions while already in a subsession.",
    methods: [
      "stream.startShareScreen",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED: {
    code: 6204,
    name: "SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED",
    category: "screen_share",
    description: "Occurs in stream.startShareScreen because only the host has the share privilege.",
    methods: [
      "stream.startShareScreen",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SCREEN_SHARE_MISMATCH_STATE: {
    code: 6205,
    name: "SCREEN_SHARE_MISMATCH_STATE",
    category: "screen_share",
    description: "Occurs in stream.startShareScreen, stream.shareToBreakoutRoom, stream.enableOptimizeForSharedVideo, or stream.muteOthersScreenShare because the screen share state does not match.",
    methods: [
      "stream.startShareScreen",
      "stream.shareToBreakoutRoom",
      "stream.enableOptimizeForSharedVideo",
      "stream.muteOthersScreenShare",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED: {
    code: 6206,
    name: "SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED",
    category: "screen_share",
    description: "Occurs in stream.startShareScreen or stream.enableOptimizeForSharedVideo because the platform does not support the video share.",
    methods: [
      "stream.startShareScreen",
      "stream.enableOptimizeForSharedVideo",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT: {
    code: 6207,
    name: "SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT",
    category: "screen_share",
    description: "Occurs in stream.enableOptimizeForSharedVideo because the host has enabled multiple screen sharing.",
    methods: [
      "stream.enableOptimizeForSharedVideo",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SCREEN_SHARE_INVALID_PRIVILEGE: {
    code: 6208,
    name: "SCREEN_SHARE_INVALID_PRIVILEGE",
    category: "screen_share",
    description: "Occurs in stream.setScreenSharePrivilege because the privilege is invalid.",
    methods: [
      "stream.setScreenSharePrivilege",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SCREEN_SHARE_WHITEBOARD_CONFLICT: {
    code: 6220,
    name: "SCREEN_SHARE_WHITEBOARD_CONFLICT",
    category: "screen_share",
    description: "Occurs in stream.startShareScreen method because whiteboard sharing is currently in progress.",
    methods: [
      "stream.startShareScreen",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SCREEN_SHARE_LIMIT_EXCEED: {
    code: 6218,
    name: "SCREEN_SHARE_LIMIT_EXCEED",
    category: "screen_share",
    description: "Error that occurs when calling stream.attachShareView and the number of rendered share views exceeds the limit.",
    methods: [
      "stream.attachShareView",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE: {
    code: 6210,
    name: "SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE",
    category: "share_annotation",
    description: "Occurs in stream.startAnnotation because the account doesn't support annotation.",
    methods: [
      "stream.startAnnotation",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE: {
    code: 6211,
    name: "SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE",
    category: "share_annotation",
    description: "Occurs in stream.startAnnotation because there is no active sharing session.",
    methods: [
      "stream.startAnnotation",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED: {
    code: 6212,
    name: "SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED",
    category: "share_annotation",
    description: "Occurs in stream.startAnnotation because the sharing user disabled the annotation by stream.changeAnnotationPrivilege.",
    methods: [
      "stream.startAnnotation",
      "stream.changeAnnotationPrivilege",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SCREEN_SHARE_ANNOTATION_DUPLICATE_START: {
    code: 6213,
    name: "SCREEN_SHARE_ANNOTATION_DUPLICATE_START",
    category: "share_annotation",
    description: "Occurs in stream.startAnnotation because annotation has already been started.",
    methods: [
      "stream.startAnnotation",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SCREEN_SHARE_ANNOTATION_START_ERROR: {
    code: 6214,
    name: "SCREEN_SHARE_ANNOTATION_START_ERROR",
    category: "share_annotation",
    description: "Occurs in stream.startAnnotation because of failing to start annotation.",
    methods: [
      "stream.startAnnotation",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER: {
    code: 6215,
    name: "SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER",
    category: "share_annotation",
    description: "Occurs in stream.getAnnotationController.clear or stream.getAnnotationController.setToolType because the method parameter is invalid.",
    methods: [
      "stream.getAnnotationController.clear",
      "stream.getAnnotationController.setToolType",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SCREEN_SHARE_ANNOTATION_NOT_SUPPORT: {
    code: 6216,
    name: "SCREEN_SHARE_ANNOTATION_NOT_SUPPORT",
    category: "share_annotation",
    description: "Occurs in stream.startAnnotation because the current configuration doesn't support the annotation feature.",
    methods: [
      "stream.startAnnotation",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SCREEN_SHARE_ANNOTATION_NOT_START: {
    code: 6217,
    name: "SCREEN_SHARE_ANNOTATION_NOT_START",
    category: "share_annotation",
    description: "Occurs in stream.stopAnnotation because the annotation hasn't been started.",
    methods: [
      "stream.stopAnnotation",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SHARED_PROCESSOR_UNSUPPORTED: {
    code: 6223,
    name: "SHARED_PROCESSOR_UNSUPPORTED",
    category: "share_annotation",
    description: "Occurs in stream.createProcessor method due to share processor being unsupported on the platform.",
    methods: [
      "stream.createProcessor",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SHARED_PROCESSOR_DUPLICATE_CREATE: {
    code: 6224,
    name: "SHARED_PROCESSOR_DUPLICATE_CREATE",
    category: "share_annotation",
    description: "Occurs in stream.createProcessor method due to a duplicate share processor creation.",
    methods: [
      "stream.createProcessor",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SHARED_PROCESSOR_MISMATCH_PROCESSOR: {
    code: 6225,
    name: "SHARED_PROCESSOR_MISMATCH_PROCESSOR",
    category: "share_annotation",
    description: "Occurs in the stream.addProcessor and stream.removeProcessor methods when unable to find the target processor.",
    methods: [
      "stream.addProcessor",
      "stream.removeProcessor",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SHARED_PROCESSOR_LIMIT_EXCEED: {
    code: 6226,
    name: "SHARED_PROCESSOR_LIMIT_EXCEED",
    category: "share_annotation",
    description: "Occurs in the stream.addProcessor method due to adding more than one (1) share processor at the same time.",
    methods: [
      "stream.addProcessor",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CHAT_EMPTY_MESSAGE: {
    code: 7000,
    name: "CHAT_EMPTY_MESSAGE",
    category: "chat",
    description: "Occurs in chat.send because the message is empty.",
    methods: [
      "chat.send",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CHAT_MISMATCH_USER: {
    code: 7001,
    name: "CHAT_MISMATCH_USER",
    category: "chat",
    description: "Occurs in chat.send because the user does not match.",
    methods: [
      "chat.send",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CHAT_INSUFFICIENT_PRIVILEGE: {
    code: 7002,
    name: "CHAT_INSUFFICIENT_PRIVILEGE",
    category: "chat",
    description: "Occurs in chat.send because the privilege is not allowed.",
    methods: [
      "chat.send",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CHAT_INVALID_PRIVILEGE: {
    code: 7003,
    name: "CHAT_INVALID_PRIVILEGE",
    category: "chat",
    description: "Occurs in chat.setPrivilege because only the host or manager can set the privilege.",
    methods: [
      "chat.setPrivilege",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CHAT_SUBSESSION_CONFLICT: {
    code: 7004,
    name: "CHAT_SUBSESSION_CONFLICT",
    category: "chat",
    description: "Occurs in chat.setPrivilege or chat.sendFile method because the user is in a subsession.",
    methods: [
      "chat.setPrivilege",
      "chat.sendFile",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CHAT_EMPTY_FILE: {
    code: 7005,
    name: "CHAT_EMPTY_FILE",
    category: "chat",
    description: "Occurs in chat.sendFile because the file is empty.",
    methods: [
      "chat.sendFile",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CHAT_INVALID_RETRY_TOKEN: {
    code: 7006,
    name: "CHAT_INVALID_RETRY_TOKEN",
    category: "chat",
    description: "Occurs in chat.sendFile because the retry token is invalid.",
    methods: [
      "chat.sendFile",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CHAT_MISMATCH_FILE_TYPE: {
    code: 7007,
    name: "CHAT_MISMATCH_FILE_TYPE",
    category: "chat",
    description: "Occurs in chat.sendFile because the file is not in the allowed file type. See the account setting to update the allowed file types.",
    methods: [
      "chat.sendFile",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CHAT_EXCEED_FILE_SIZE: {
    code: 7008,
    name: "CHAT_EXCEED_FILE_SIZE",
    category: "chat",
    description: "Occurs in chat.sendFile because the file size exceed the maximum size. See the account setting to update the file size limit.",
    methods: [
      "chat.sendFile",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CHAT_INVALID_MSG_ID_OR_URL: {
    code: 7009,
    name: "CHAT_INVALID_MSG_ID_OR_URL",
    category: "chat",
    description: "Occurs in chat.downloadFile because the message ID or file URL is invalid.",
    methods: [
      "chat.downloadFile",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CHAT_FILE_ACCOUNT_DISABLE: {
    code: 7010,
    name: "CHAT_FILE_ACCOUNT_DISABLE",
    category: "chat",
    description: "Occurs in chat.sendFile because the file transfer function is disabled in the account.",
    methods: [
      "chat.sendFile",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CHAT_DELETE_ACCOUNT_DISABLE: {
    code: 7011,
    name: "CHAT_DELETE_ACCOUNT_DISABLE",
    category: "chat",
    description: "Occurs in chat.deleteMessage because the delete chat message is disabled in the account.",
    methods: [
      "chat.deleteMessage",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CMD_EMPTY_MESSAGE: {
    code: 7100,
    name: "CMD_EMPTY_MESSAGE",
    category: "command_channel",
    description: "Occurs in cmd.send because the message is empty.",
    methods: [
      "cmd.send",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CMD_MISMATCH_USER: {
    code: 7101,
    name: "CMD_MISMATCH_USER",
    category: "command_channel",
    description: "Occurs in cmd.send because the user does not match.",
    methods: [
      "cmd.send",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CMD_INVALID_MESSAGE_TYPE: {
    code: 7102,
    name: "CMD_INVALID_MESSAGE_TYPE",
    category: "command_channel",
    description: "Occurs in cmd.send because the message type is not a string.",
    methods: [
      "cmd.send",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CMD_EXCEED_MESSAGE_LENGTH: {
    code: 7103,
    name: "CMD_EXCEED_MESSAGE_LENGTH",
    category: "command_channel",
    description: "Occurs in cmd.send because the message length exceeded the maximum length of 512 bytes.",
    methods: [
      "cmd.send",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  CMD_CHANNEL_NOT_READY: {
    code: 7104,
    name: "CMD_CHANNEL_NOT_READY",
    category: "command_channel",
    description: "Occurs in cmd.send because the channel is not ready.",
    methods: [
      "cmd.send",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  RECORDING_ACCOUNT_DISABLE: {
    code: 7200,
    name: "RECORDING_ACCOUNT_DISABLE",
    category: "recording",
    description: "Occurs in recording.startCloudRecording because cloud recording is not enabled in the account settings.",
    methods: [
      "recording.startCloudRecording",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  RECORDING_STOP_FORBIDDEN: {
    code: 7201,
    name: "RECORDING_STOP_FORBIDDEN",
    category: "recording",
    description: "Occurs in recording.startCloudRecording because pausing or stopping cloud recording is forbidden in the account setting.",
    methods: [
      "recording.startCloudRecording",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  RECORDING_MISMATCH_STATE: {
    code: 7202,
    name: "RECORDING_MISMATCH_STATE",
    category: "recording",
    description: "Occurs in recording.startCloudRecording because the recording state does not match.",
    methods: [
      "recording.startCloudRecording",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  RECORDING_ISO_DISABLE: {
    code: 7203,
    name: "RECORDING_ISO_DISABLE",
    category: "recording",
    description: "Occurs in recording.acceptIndividualRecording because individual recording is not enabled.",
    methods: [
      "recording.acceptIndividualRecording",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  TRANSCRIPTION_ACCOUNT_DISABLE: {
    code: 7300,
    name: "TRANSCRIPTION_ACCOUNT_DISABLE",
    category: "live_transcription",
    description: "Occurs in liveTranscription.startLiveTranscription because the feature is disabled in the account settings.",
    methods: [
      "liveTranscription.startLiveTranscription",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  TRANSCRIPTION_FEATURE_DISABLE: {
    code: 7301,
    name: "TRANSCRIPTION_FEATURE_DISABLE",
    category: "live_transcription",
    description: "Occurs in liveTranscription.startLiveTranscription because the feature is disabled by the session host.",
    methods: [
      "liveTranscription.startLiveTranscription",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  TRANSCRIPTION_LANGUAGE_UNSUPPORTED: {
    code: 7302,
    name: "TRANSCRIPTION_LANGUAGE_UNSUPPORTED",
    category: "live_transcription",
    description: "Occurs in liveTranscription.setSpeakingLanguage because the language is not supported.",
    methods: [
      "liveTranscription.setSpeakingLanguage",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  TRANSCRIPTION_MISMATCH_STATE: {
    code: 7303,
    name: "TRANSCRIPTION_MISMATCH_STATE",
    category: "live_transcription",
    description: "Occurs in liveTranscription.setSpeakingLanguage or liveTranscription.setTranslationLanguage because the transcription has not been supported.",
    methods: [
      "liveTranscription.setSpeakingLanguage",
      "liveTranscription.setTranslationLanguage",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  TRANSLATION_ACCOUNT_DISABLE: {
    code: 7304,
    name: "TRANSLATION_ACCOUNT_DISABLE",
    category: "live_transcription",
    description: "Occurs in liveTranscription.setTranslationLanguage because the feature is disabled in the account settings.",
    methods: [
      "liveTranscription.setTranslationLanguage",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  TRANSLATION_LANGUAGE_UNSUPPORTED: {
    code: 7305,
    name: "TRANSLATION_LANGUAGE_UNSUPPORTED",
    category: "live_transcription",
    description: "Occurs in liveTranscription.setTranslationLanguage because the translation language is not supported.",
    methods: [
      "liveTranscription.setTranslationLanguage",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  TRANSCRIPTION_LANGUAGE_LOCKED: {
    code: 7310,
    name: "TRANSCRIPTION_LANGUAGE_LOCKED",
    category: "live_transcription",
    description: "Error that occurs when calling liveTranscription.lockTranscriptionLanguage while the transcription language is already locked by the host.",
    methods: [
      "liveTranscription.lockTranscriptionLanguage",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  LIVE_STREAM_ACCOUNT_DISABLE: {
    code: 7400,
    name: "LIVE_STREAM_ACCOUNT_DISABLE",
    category: "live_stream",
    description: "Occurs in liveStream.startLiveStream because the live stream is disabled in the account settings.",
    methods: [
      "liveStream.startLiveStream",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  LIVE_STREAM_INVALID_PARAMETER: {
    code: 7401,
    name: "LIVE_STREAM_INVALID_PARAMETER",
    category: "live_stream",
    description: "Occurs in liveStream.startLiveStream because the parameter is invalid.",
    methods: [
      "liveStream.startLiveStream",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  LIVE_STREAM_MISMATCH_STATE: {
    code: 7402,
    name: "LIVE_STREAM_MISMATCH_STATE",
    category: "live_stream",
    description: "Occurs in liveStream.startLiveStream because the live stream is in progress.",
    methods: [
      "liveStream.startLiveStream",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SUBSESSION_ACCOUNT_DISABLE: {
    code: 7500,
    name: "SUBSESSION_ACCOUNT_DISABLE",
    category: "subsession",
    description: "Occurs in subsession.createSubsessions because the subsession function is disabled in the account settings.",
    methods: [
      "subsession.createSubsessions",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SUBSESSION_EXCEED_CAPACITY: {
    code: 7501,
    name: "SUBSESSION_EXCEED_CAPACITY",
    category: "subsession",
    description: "Occurs in subsession.createSubsessions because the number of created subsessions has exceeded the maximum limit of 100.",
    methods: [
      "subsession.createSubsessions",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SUBSESSION_MISMATCH_ID: {
    code: 7502,
    name: "SUBSESSION_MISMATCH_ID",
    category: "subsession",
    description: "Occurs in subsession.openSubsessions, subsession.joinSubsession, subsession.assignUserToSubsession, or subsession.moveUserToSubsession because the subsession ID is incorrect.",
    methods: [
      "subsession.openSubsessions",
      "subsession.joinSubsession",
      "subsession.assignUserToSubsession",
      "subsession.moveUserToSubsession",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SUBSESSION_MISMATCH_USER: {
    code: 7503,
    name: "SUBSESSION_MISMATCH_USER",
    category: "subsession",
    description: "Occurs in subsession.openSubsessions, subsession.moveBackToMainSession, subsession.assignUserToSubsession, or subsession.moveUserToSubsession because the user ID is incorrect.",
    methods: [
      "subsession.openSubsessions",
      "subsession.moveBackToMainSession",
      "subsession.assignUserToSubsession",
      "subsession.moveUserToSubsession",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SUBSESSION_MISMATCH_STATE: {
    code: 7504,
    name: "SUBSESSION_MISMATCH_STATE",
    category: "subsession",
    description: "Occurs in subsession.openSubsessions or other methods because the subsession status is not correct.",
    methods: [
      "subsession.openSubsessions",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SUBSESSION_EXIT_RESTRICTED: {
    code: 7505,
    name: "SUBSESSION_EXIT_RESTRICTED",
    category: "subsession",
    description: "Occurs in subsession.leaveSubsession because the host restricts users from leaving the subsession.",
    methods: [
      "subsession.leaveSubsession",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SUBSESSION_BROADCAST_DISABLE: {
    code: 7506,
    name: "SUBSESSION_BROADCAST_DISABLE",
    category: "subsession",
    description: "Occurs in subsession.broadcast because the broadcast message function is disabled in the account.",
    methods: [
      "subsession.broadcast",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SUBSESSION_BROADCAST_INVALID_CONTENT: {
    code: 7507,
    name: "SUBSESSION_BROADCAST_INVALID_CONTENT",
    category: "subsession",
    description: "Occurs in subsession.broadcast because the message is empty or an invalid string.",
    methods: [
      "subsession.broadcast",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SUBSESSION_BROADCAST_VOICE_DISABLE: {
    code: 7508,
    name: "SUBSESSION_BROADCAST_VOICE_DISABLE",
    category: "subsession",
    description: "Occurs in subsession.startBroadcastVoice because broadcast voice is disabled in the account.",
    methods: [
      "subsession.startBroadcastVoice",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SUBSESSION_BROADCAST_VOICE_RESTRICTED: {
    code: 7509,
    name: "SUBSESSION_BROADCAST_VOICE_RESTRICTED",
    category: "subsession",
    description: "Occurs in subsession.startBroadcastVoice because the host cannot broadcast voice within a subsession.",
    methods: [
      "subsession.startBroadcastVoice",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE: {
    code: 7510,
    name: "SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE",
    category: "subsession",
    description: "Occurs in subsession.startBroadcastVoice or subsession.stopBroadcastVoice because the host cannot broadcast voice without an active audio connection during the session.",
    methods: [
      "subsession.startBroadcastVoice",
      "subsession.stopBroadcastVoice",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  BROADCAST_STREAMING_ACCOUNT_DISABLE: {
    code: 7900,
    name: "BROADCAST_STREAMING_ACCOUNT_DISABLE",
    category: "broadcast_streaming",
    description: "Occurs in broadcastStreamingClient.startBroadcast because the feature is disabled in the account setting.",
    methods: [
      "broadcastStreamingClient.startBroadcast",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  BROADCAST_STREAMING_MISMATCH_STATE: {
    code: 7901,
    name: "BROADCAST_STREAMING_MISMATCH_STATE",
    category: "broadcast_streaming",
    description: "Occurs in broadcastStreamingClient.startBroadcast because the status is incorrect.",
    methods: [
      "broadcastStreamingClient.startBroadcast",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  BROADCAST_STREAMING_INVALID_CHANNEL_ID: {
    code: 7902,
    name: "BROADCAST_STREAMING_INVALID_CHANNEL_ID",
    category: "broadcast_streaming",
    description: "Occurs in broadcastStreamingClient.stopBroadcast because the channel ID in current case is required.",
    methods: [
      "broadcastStreamingClient.stopBroadcast",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  WHITEBOARD_ACCOUNT_DISABLE: {
    code: 8000,
    name: "WHITEBOARD_ACCOUNT_DISABLE",
    category: "whiteboard",
    description: "Occurs in whiteboard.startWhiteboardScreen method because the whiteboard feature is not enabled in the account setting.",
    methods: [
      "whiteboard.startWhiteboardScreen",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  WHITEBOARD_UNSUPPORTED: {
    code: 8001,
    name: "WHITEBOARD_UNSUPPORTED",
    category: "whiteboard",
    description: "Occurs in whiteboard.startWhiteboardScreen method because the whiteboard feature is not supported on the current platform (mobile browsers).",
    methods: [
      "whiteboard.startWhiteboardScreen",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  WHITEBOARD_SCREEN_SHARE_CONFLICT: {
    code: 8002,
    name: "WHITEBOARD_SCREEN_SHARE_CONFLICT",
    category: "whiteboard",
    description: "Occurs in whiteboard.startWhiteboardScreen method because screen sharing is currently in progress.",
    methods: [
      "whiteboard.startWhiteboardScreen",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  WHITEBOARD_MISMATCH_STATE: {
    code: 8003,
    name: "WHITEBOARD_MISMATCH_STATE",
    category: "whiteboard",
    description: "Occurs in whiteboard.startWhiteboardScreen or whiteboard.exportWhiteboard methods because the whiteboard state does not match the required state.",
    methods: [
      "whiteboard.startWhiteboardScreen",
      "whiteboard.exportWhiteboard",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  WHITEBOARD_HOST_PRIVILEGE_REQUIRED: {
    code: 8004,
    name: "WHITEBOARD_HOST_PRIVILEGE_REQUIRED",
    category: "whiteboard",
    description: "Occurs in whiteboard.startWhiteboardScreen method because only the host or manager has permission to perform this action.",
    methods: [
      "whiteboard.startWhiteboardScreen",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  WHITEBOARD_INVALID_PARAMETER: {
    code: 8005,
    name: "WHITEBOARD_INVALID_PARAMETER",
    category: "whiteboard",
    description: "Occurs in whiteboard.startWhiteboardScreen or whiteboard.stopWhiteboardScreen or whiteboard.startWhiteboardView methods because the parameter is invalid (e.g., invalid document ID, template ID, or presenter ID).",
    methods: [
      "whiteboard.startWhiteboardScreen",
      "whiteboard.stopWhiteboardScreen",
      "whiteboard.startWhiteboardView",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  WHITEBOARD_EXPORT_DISABLE: {
    code: 8006,
    name: "WHITEBOARD_EXPORT_DISABLE",
    category: "whiteboard",
    description: "Occurs in whiteboard.exportWhiteboard method because the whiteboard export feature has been disabled for the current session.",
    methods: [
      "whiteboard.exportWhiteboard",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  REAL_TIME_MEDIA_STREAMS_NOT_ENABLED: {
    code: 8100,
    name: "REAL_TIME_MEDIA_STREAMS_NOT_ENABLED",
    category: "real_time_media_streams",
    description: "Occurs in realTimeMediaStreamsClient.startRealTimeMediaStreams method because the real-time media streams feature is not enabled in the account setting.",
    methods: [
      "realTimeMediaStreamsClient.startRealTimeMediaStreams",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  REAL_TIME_MEDIA_STREAMS_INVALID_STATE: {
    code: 8101,
    name: "REAL_TIME_MEDIA_STREAMS_INVALID_STATE",
    category: "real_time_media_streams",
    description: "Occurs in realTimeMediaStreamsClient.startRealTimeMediaStreams or realTimeMediaStreamsClient.stopRealTimeMediaStreams methods because the real-time media streams state does not match the required state.",
    methods: [
      "realTimeMediaStreamsClient.startRealTimeMediaStreams",
      "realTimeMediaStreamsClient.stopRealTimeMediaStreams",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM: {
    code: 8102,
    name: "REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM",
    category: "real_time_media_streams",
    description: "Occurs in realTimeMediaStreamsClient.startRealTimeMediaStreams method because real-time media streams is not supported in breakout rooms.",
    methods: [
      "realTimeMediaStreamsClient.startRealTimeMediaStreams",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VOICE_TRANSLATOR_ACCOUNT_DISABLE: {
    code: 8200,
    name: "VOICE_TRANSLATOR_ACCOUNT_DISABLE",
    category: "voice_translator",
    description: "Occurs in voiceTranslatorClient.startVoiceTranslator or voiceTranslatorClient.setSpeakingLanguage methods because the voice translator feature is not enabled in the account setting.",
    methods: [
      "voiceTranslatorClient.startVoiceTranslator",
      "voiceTranslatorClient.setSpeakingLanguage",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST: {
    code: 8201,
    name: "VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST",
    category: "voice_translator",
    description: "Occurs in voiceTranslatorClient.setSpeakingLanguage method because the voice translator language list is not available.",
    methods: [
      "voiceTranslatorClient.setSpeakingLanguage",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VOICE_TRANSLATOR_MISMATCH_STATE: {
    code: 8202,
    name: "VOICE_TRANSLATOR_MISMATCH_STATE",
    category: "voice_translator",
    description: "Occurs in voiceTranslatorClient.setListeningLanguage or voiceTranslatorClient.setOriginalAudioBalance or voiceTranslatorClient.setTranslatedVoiceStyle methods because the voice translator must be started before performing the action.",
    methods: [
      "voiceTranslatorClient.setListeningLanguage",
      "voiceTranslatorClient.setOriginalAudioBalance",
      "voiceTranslatorClient.setTranslatedVoiceStyle",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED: {
    code: 8203,
    name: "VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED",
    category: "voice_translator",
    description: "Occurs in voiceTranslatorClient.setSpeakingLanguage or voiceTranslatorClient.setListeningLanguage methods because the specified language is not supported.",
    methods: [
      "voiceTranslatorClient.setSpeakingLanguage",
      "voiceTranslatorClient.setListeningLanguage",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE: {
    code: 8204,
    name: "VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE",
    category: "voice_translator",
    description: "Occurs in voiceTranslatorClient.setOriginalAudioBalance method because the balance value is not within the valid range (0 to 1).",
    methods: [
      "voiceTranslatorClient.setOriginalAudioBalance",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  VOICE_TRANSLATOR_INCORRECT_TIMBRE: {
    code: 8205,
    name: "VOICE_TRANSLATOR_INCORRECT_TIMBRE",
    category: "voice_translator",
    description: "Occurs in voiceTranslatorClient.setTranslatedVoiceStyle method because the specified voice timbre ID is invalid or not found.",
    methods: [
      "voiceTranslatorClient.setTranslatedVoiceStyle",
    ],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  INCOMING_LIVE_STREAM_INVALID_PARAMETER: {
    code: 7450,
    name: "INCOMING_LIVE_STREAM_INVALID_PARAMETER",
    category: "incoming_live_stream",
    description: "Occurs in incoming live stream methods when the streamId parameter is empty or does not match the currently bound stream.",
    methods: [],
    details: [],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
  INCOMING_LIVE_STREAM_MISMATCH_STATE: {
    code: 7451,
    name: "INCOMING_LIVE_STREAM_MISMATCH_STATE",
    category: "incoming_live_stream",
    description: "Occurs in incoming live stream methods when a state mismatch is detected. For example:",
    methods: [],
    details: [
      "Calling bindIncomingLiveStream from within a breakout room",
      "Binding a new stream while the current stream is already RTMP-connected",
      "Calling startIncomingLiveStream when isRTMPConnected is false",
      "Calling stopIncomingLiveStream when isRTMPConnected is false",
    ],
    reasons: [],
    deprecated: undefined,
    since: undefined,
  },
} as const satisfies { readonly [N in ErrorName]: Entry };

/** The names whose entry has another name or number: `never` when all match. */
type Mismatched = {
  [N in ErrorName]: (typeof ERRORS)[N] extends { readonly name: N; readonly code: (typeof ErrorCode)[N] } ? never : N;
}[ErrorName];

// Keyed by id, like `ERRORS`; a lookup is one property read.
const CATEGORIES: { readonly [Id in ErrorCategory]: CategoryInfo & { readonly id: Id } } = {
  common: {
    id: "common",
    title: "Common or internal exception",
    description: "This type of error is caused by a Zoom service issue. If you encounter this error, please report it to Zoom.",
    parent: undefined,
  },
  session: {
    id: "session",
    title: "Session exception",
    description: undefined,
    parent: undefined,
  },
  client: {
    id: "client",
    title: "Client exception",
    description: undefined,
    parent: undefined,
  },
  stream: {
    id: "stream",
    title: "Stream exception",
    description: undefined,
    parent: undefined,
  },
  audio: {
    id: "audio",
    title: "Audio exception",
    description: undefined,
    parent: "stream",
  },
  video: {
    id: "video",
    title: "Video exception",
    description: undefined,
    parent: "stream",
  },
  screen_share: {
    id: "screen_share",
    title: "Screen share exception",
    description: undefined,
    parent: "stream",
  },
  share_annotation: {
    id: "share_annotation",
    title: "Share annotation exception",
    description: undefined,
    parent: "stream",
  },
  chat: {
    id: "chat",
    title: "Chat exception",
    description: undefined,
    parent: undefined,
  },
  command_channel: {
    id: "command_channel",
    title: "Command channel exception",
    description: undefined,
    parent: undefined,
  },
  recording: {
    id: "recording",
    title: "Recording exception",
    description: undefined,
    parent: undefined,
  },
  live_transcription: {
    id: "live_transcription",
    title: "Live transcription exception",
    description: undefined,
    parent: undefined,
  },
  live_stream: {
    id: "live_stream",
    title: "Live stream exception",
    description: undefined,
    parent: undefined,
  },
  subsession: {
    id: "subsession",
    title: "Subsession exception",
    description: undefined,
    parent: undefined,
  },
  broadcast_streaming: {
    id: "broadcast_streaming",
    title: "Broadcast streaming exception",
    description: undefined,
    parent: undefined,
  },
  whiteboard: {
    id: "whiteboard",
    title: "Whiteboard exception",
    description: undefined,
    parent: undefined,
  },
  real_time_media_streams: {
    id: "real_time_media_streams",
    title: "Real-time media streams exception",
    description: undefined,
    parent: undefined,
  },
  voice_translator: {
    id: "voice_translator",
    title: "Voice translator exception",
    description: undefined,
    parent: undefined,
  },
  incoming_live_stream: {
    id: "incoming_live_stream",
    title: "Incoming live stream exception",
    description: undefined,
    parent: undefined,
  },
};

/**
 * `unknown` for the type of a code, `never` for a plain `number`, which may
 * be no code at all: it gets the overload whose result may be `undefined`.
 * `number extends Code` cannot tell them apart, since TypeScript lets any
 * number into a numeric enum; records can: one keyed by codes requires their
 * keys, one keyed by `number` is an index signature, which `{}` satisfies.
 */
type KnownCode<Code extends number> = {} extends Record<Code, unknown> ? never : unknown;

/**
 * Freezes an entry of the shared tables, and its lists, on its first way
 * out: `as const` only makes them read-only for the type checker, and a
 * caller's `info.reasons.push(...)` would change them for everyone.
 */
function frozen<T extends object>(entry: T): T {
  if (!Object.isFrozen(entry)) {
    for (const value of Object.values(entry)) {
      if (Array.isArray(value)) {
        value.forEach((item: unknown) => typeof item === "object" && item !== null && Object.freeze(item));
        Object.freeze(value);
      }
    }
    Object.freeze(entry);
  }
  return entry;
}

/**
 * Everything the catalogue says about an error code, or `undefined` for a
 * number that is not one. The object is frozen.
 */
export function errorInfo<Code extends ErrorCode>(code: Code & KnownCode<Code>): ErrorInfo<Code>;
export function errorInfo(code: number): ErrorInfo | undefined;
export function errorInfo(code: number): ErrorInfo | undefined {
  const name = errorName(code);
  // The table is read through an index signature: indexing it with
  // `ErrorName` would build the union of every entry's type, which
  // TypeScript gives up on ("too complex to represent") past a few thousand
  // codes. The `satisfies` fails, naming the entry, if `Mismatched` is not
  // `never`.
  const entries: { readonly [name: string]: Entry } = ERRORS satisfies { readonly [N in Mismatched]: never };
  const entry = name === undefined ? undefined : entries[name];
  return entry === undefined ? undefined : (frozen(entry) as ErrorInfo);
}

/**
 * A numbered reason of an error code, by its number or its
 * SCREAMING_SNAKE_CASE name (exact match), or `undefined` if the code has no
 * such reason. The object is frozen.
 */
export function reasonInfo<Code extends ErrorCode>(
  code: Code & KnownCode<Code>,
  reason: number | string,
): ReasonInfo<ReasonCode<Code>> | undefined;
export function reasonInfo(code: number, reason: number | string): ReasonInfo | undefined;
export function reasonInfo(code: number, reason: number | string): ReasonInfo | undefined {
  const key = typeof reason === "number" ? "code" : "name";
  return errorInfo(code)?.reasons.find((candidate) => candidate[key] === reason);
}

/**
 * The title, description and parent of a category, or `undefined` for a
 * string that is not a category id. The object is frozen.
 */
export function categoryInfo(category: string): CategoryInfo | undefined {
  const categories: { readonly [id: string]: CategoryInfo } = CATEGORIES;
  const entry = Object.hasOwn(categories, category) ? categories[category] : undefined;
  return entry === undefined ? undefined : frozen(entry);
}
