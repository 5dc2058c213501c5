// Generated from catalogue.toml by `cargo xtask gen`. Do not edit by hand.

/**
 * One constant per error code, with the number as its literal type.
 *
 * Import it as a namespace, \`import * as codes from "\@video-sdk/error-codes/constants"\`, and compare
 * `codes.NAME`: every bundler, esbuild included, then keeps only the
 * constants the program reads.
 *
 * The package root exports this namespace as `ErrorCode`.
 *
 * @packageDocumentation
 */

/**
 * This type of error is caused by a Zoom service issue. If you encounter this error, please report it to Zoom.
 *
 * @category Common or internal exception
 */
export const OPERATION_TIMEOUT = 1;

/**
 * This type of error is caused by a Zoom service issue. If you encounter this error, please report it to Zoom.
 *
 * @category Common or internal exception
 */
export const INTERNAL_ERROR = 2;

/**
 * Operation was cancelled due to session state changes. This occurs when an ongoing operation is interrupted by:
 *
 * Details:
 * - Session termination (LEAVING_MEETING)
 * - Failed session join (JOIN_MEETING_FAILED)
 * - Session reconnection process (RECONNECTING_MEETING)
 * - The operation promise will be rejected with this error code when meeting state changes make the operation invalid
 *
 * @category Common or internal exception
 */
export const OPERATION_CANCELLED = 3;

/**
 * Session creation or retrieval error. Usually caused by an incorrect field value in the JWT token.
 *
 * Details:
 * - connection error
 * - The token has expired, is over 2 days old, or is ineffective
 * - Password max of 10 characters
 * - This account does not exist or does not belong to you
 * - Verify JWT failed
 * - invalid session key
 *
 * @category Session exception
 */
export const SESSION_FETCH_INFO_ERROR = 200;

/**
 * The session passcode is incorrect.
 *
 * @category Session exception
 */
export const SESSION_INCORRECT_PASSCODE = 3004;

/**
 * The user was removed by the session host and is prevented from rejoining the same session.
 *
 * @category Session exception
 */
export const SESSION_USER_REMOVED = 3009;

/**
 * Incorrect role type in the JWT token.
 *
 * @category Session exception
 */
export const SESSION_ROLE_TYPE_ERROR = 3010;

/**
 * Incorrect parameters for connecting to the Zoom server. If you encounter this issue, please report it to Zoom.
 *
 * @category Session exception
 */
export const SESSION_INVALID_PARAMETER = 4003;

/**
 * The session has ended.
 *
 * @category Session exception
 */
export const SESSION_ENDED = 4004;

/**
 * The number of users in the session exceeds the capacity.
 *
 * @category Session exception
 */
export const SESSION_EXCEED_CAPACITY = 4005;

/**
 * Occurs in client.init because the platform does not meet the basic WebRTC requirements.
 *
 * Methods: `client.init`.
 *
 * @category Client exception
 */
export const CLIENT_PLATFORM_UNSUPPORTED = 5000;

/**
 * Occurs in client.init, due to the inability to access self-deployed dependent assets.
 *
 * Methods: `client.init`.
 *
 * @category Client exception
 */
export const CLIENT_DEPENDENT_ASSETS_INACCESSIBLE = 5001;

/**
 * Called a function that requires the user to be in a session, but the session is closed.
 *
 * @category Client exception
 */
export const CLIENT_SESSION_STATE_CLOSED = 5002;

/**
 * Called a function that requires the user to be in a session, but the session is reconnecting.
 *
 * @category Client exception
 */
export const CLIENT_SESSION_STATE_RECONNECTING = 5003;

/**
 * Operation requires host or manager permission.
 *
 * @category Client exception
 */
export const CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED = 5006;

/**
 * Operation requires host permission.
 *
 * @category Client exception
 */
export const CLIENT_HOST_PERMISSION_REQUIRED = 5007;

/**
 * Operation requires origin host permission.
 *
 * @category Client exception
 */
export const CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED = 5008;

/**
 * User ID doesn't match.
 *
 * @category Client exception
 */
export const CLIENT_MISMATCH_USER = 5011;

/**
 * Occurs in client.join due to a duplicate call while the user is already in a session.
 *
 * Methods: `client.join`.
 *
 * @category Client exception
 */
export const CLIENT_DUPLICATED_JOIN = 5012;

/**
 * Occurs in client.join due to an incorrect parameter.
 *
 * Methods: `client.join`.
 *
 * Details:
 * - invalid signature
 * - Topic, token and userName must be string and required
 * - The maximum length of topic is 200
 * - The maximum length of username is 200
 * - The maximum length of password is 10
 *
 * @category Client exception
 */
export const CLIENT_INVALID_JOIN_PARAMETER = 5013;

/**
 * Occurs in client.changeName due to the host disallowing users from changing their names themselves.
 *
 * Methods: `client.changeName`.
 *
 * @category Client exception
 */
export const CLIENT_HOST_DISALLOW_RENAME = 5014;

/**
 * The device ID (microphone, audio speaker, camera) does not match any device in the list.
 *
 * @category Stream exception
 */
export const STREAM_MISMATCH_DEVICE = 6000;

/**
 * The User ID doesn't match.
 *
 * @category Stream exception
 */
export const STREAM_MISMATCH_USER = 6001;

/**
 * Occurs when a method is called before client.join has resolved.
 *
 * Methods: `client.join`.
 *
 * @category Stream exception
 */
export const STREAM_SESSION_JOIN_REQUIRED = 6002;

/**
 * Occurs in video or sharing-related functions when the target element does not match the required render element type.
 *
 * @category Stream exception
 */
export const STREAM_MISMATCH_RENDER_ELEMENT = 6003;

/**
 * Occurs in stream.startAudio, for the following reasons:
 *
 * Methods: `stream.startAudio`.
 *
 * Reasons (`AudioCaptureFailedReason`):
 * - `1` `PERMISSION_DENIED_BY_USER`: Permission denied by user
 * - `2` `PERMISSION_DENIED_BY_SYSTEM`: Permission denied by system
 * - `3` `DEVICE_IN_USE`: Device in use
 * - `4` `NO_DEVICE_FOUND`: No device found
 * - `5` `UNKNOWN`: Unknown reason
 * - `6` `CONSTRAINT_VIOLATION`: Constraint violation
 * - `7` `PERMISSION_DISMISSED_BY_USER`: Permission dismissed by user
 *
 * @category Audio exception
 */
export const AUDIO_CAPTURE_FAILED = 6010;

/**
 * Occurs in stream.startAudio or stream.stopAudio when the audio capture is loading.
 *
 * Methods: `stream.startAudio`, `stream.stopAudio`.
 *
 * @category Audio exception
 */
export const AUDIO_CAPTURE_LOADING = 6011;

/**
 * Occurs in stream.startAudio when the audio is already connected by a PSTN call.
 *
 * Methods: `stream.startAudio`.
 *
 * @category Audio exception
 */
export const AUDIO_IN_PSTN = 6012;

/**
 * Occurs in stream.startAudio, only on legacy Safari browsers when the audio decoding or encoding is required.
 *
 * Methods: `stream.startAudio`.
 *
 * @category Audio exception
 */
export const AUDIO_ENCODING_REQUIRED = 6013;

/**
 * Occurs in stream.stopAudio, only on legacy Chrome browsers when sharing tab audio or system audio.
 *
 * Methods: `stream.stopAudio`.
 *
 * @category Audio exception
 */
export const AUDIO_SHARE_AUDIO_CONFLICT = 6014;

/**
 * Occurs in stream.muteAudio or stream.unmuteAudio or stream.muteShareAudio or stream.unmuteShareAudio when audio or shared audio has not been started.
 *
 * Methods: `stream.muteAudio`, `stream.unmuteAudio`, `stream.muteShareAudio`, `stream.unmuteShareAudio`.
 *
 * @category Audio exception
 */
export const AUDIO_NOT_STARTED = 6015;

/**
 * Occurs in stream.startSecondaryAudio due to the platform being unsupported.
 *
 * Methods: `stream.startSecondaryAudio`.
 *
 * @category Audio exception
 */
export const SECONDARY_AUDIO_UNSUPPORTED = 6017;

/**
 * Occurs in stream.startSecondaryAudio due to the microphone ID being used for session audio.
 *
 * Methods: `stream.startSecondaryAudio`.
 *
 * @category Audio exception
 */
export const SECONDARY_AUDIO_DEVICE_CONFLICT = 6018;

/**
 * Occurs in stream.startSecondaryAudio due to screen sharing being in progress.
 *
 * Methods: `stream.startSecondaryAudio`.
 *
 * @category Audio exception
 */
export const SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT = 6019;

/**
 * Occurs in stream.stopSecondaryAudio, due to the secondary audio not being started.
 *
 * Methods: `stream.stopSecondaryAudio`.
 *
 * @category Audio exception
 */
export const SECONDARY_AUDIO_NOT_STARTED = 6020;

/**
 * Occurs in stream.inviteByPhone due to the country code does not match any code in the list.
 *
 * Methods: `stream.inviteByPhone`.
 *
 * @category Audio exception
 */
export const PSTN_MISMATCH_COUNTRY_CODE = 6021;

/**
 * Occurs in stream.hangup due to the PSTN being not being connected.
 *
 * Methods: `stream.hangup`.
 *
 * @category Audio exception
 */
export const PSTN_NOT_CONNECTED = 6022;

/**
 * Occurs in stream.cancelCallCRCDevice due to the CRC device not being connected.
 *
 * Methods: `stream.cancelCallCRCDevice`.
 *
 * @category Audio exception
 */
export const CRC_NOT_CONNECTED = 6023;

/**
 * Occurs in stream.createProcessor due to the audio processor not being supported on the platform.
 *
 * Methods: `stream.createProcessor`.
 *
 * @category Audio exception
 */
export const AUDIO_PROCESSOR_UNSUPPORTED = 6026;

/**
 * Occurs in stream.createProcessor due to the creation of a duplicate audio processor.
 *
 * Methods: `stream.createProcessor`.
 *
 * @category Audio exception
 */
export const AUDIO_PROCESSOR_DUPLICATE_CREATE = 6027;

/**
 * Occurs in stream.addProcessor and stream.removeProcessor because of the inability to find the target processor.
 *
 * Methods: `stream.addProcessor`, `stream.removeProcessor`.
 *
 * @category Audio exception
 */
export const AUDIO_PROCESSOR_MISMATCH_PROCESSOR = 6028;

/**
 * Occurs in the stream.addProcessor method due to adding the same processor again.
 *
 * Methods: `stream.addProcessor`.
 *
 * @category Audio exception
 */
export const AUDIO_PROCESSOR_LIMIT_EXCEED = 6029;

/**
 * Occurs in stream.startVideo due to the user being denied camera permission.
 *
 * Methods: `stream.startVideo`.
 *
 * @category Video exception
 */
export const VIDEO_CAMERA_PERMISSION_DENIED = 6100;

/**
 * Occurs in stream.startVideo due to no camera.
 *
 * Methods: `stream.startVideo`.
 *
 * @category Video exception
 */
export const VIDEO_NO_CAMERA = 6101;

/**
 * Occurs in stream.startVideo due to the camera not matching the device list.
 *
 * Methods: `stream.startVideo`.
 *
 * @category Video exception
 */
export const VIDEO_MISMATCH_CAMERA = 6102;

/**
 * Occurs in stream.startVideo due to the camera being taken by another program.
 *
 * Methods: `stream.startVideo`.
 *
 * @category Video exception
 */
export const VIDEO_CAMERA_TAKEN = 6103;

/**
 * Occurs in stream.startVideo due to a virtual background initialization error.
 *
 * Methods: `stream.startVideo`.
 *
 * @category Video exception
 */
export const VIDEO_VB_INITIALIZE_ERROR = 6104;

/**
 * Occurs in stream.startVideo or stream.stopVideo due to the video capture loading.
 *
 * Methods: `stream.startVideo`, `stream.stopVideo`.
 *
 * @category Video exception
 */
export const VIDEO_CAPTURE_LOADING = 6105;

/**
 * Occurs in stream.startVideo due to the virtual background not being supported on the platform.
 *
 * Methods: `stream.startVideo`.
 *
 * @category Video exception
 */
export const VIDEO_VB_UNSUPPORTED = 6107;

/**
 * Occurs in stream.startVideo due to the virtual processor in progress.
 *
 * Methods: `stream.startVideo`.
 *
 * @category Video exception
 */
export const VIDEO_VB_PROCESSOR_CONFLICT = 6108;

/**
 * Occurs in stream.startVideo or stream.stopVideo due to the video state not being matched.
 *
 * Methods: `stream.startVideo`, `stream.stopVideo`.
 *
 * @category Video exception
 */
export const VIDEO_MISMATCH_STATE = 6109;

/**
 * Occurs in stream.startVideo due to a video stream establish error.
 *
 * Methods: `stream.startVideo`.
 *
 * @category Video exception
 */
export const VIDEO_ESTABLISH_STREAM_ERROR = 6110;

/**
 * Occurs in stream.renderVideo or stream.attachVideo due to number of rendered videos exceeding the limit.
 *
 * Methods: `stream.renderVideo`, `stream.attachVideo`.
 *
 * @category Video exception
 */
export const VIDEO_RENDER_LIMIT_EXCEED = 6111;

/**
 * Occurs in stream.renderVideo due to the method not being applicable for WebRTC video.
 *
 * Methods: `stream.renderVideo`.
 *
 * @category Video exception
 */
export const VIDEO_METHOD_DEPRECATED = 6112;

/**
 * Occurs in stream.previewVirtualBackground due to the virtual background image being inaccessible.
 *
 * Methods: `stream.previewVirtualBackground`.
 *
 * @category Video exception
 */
export const VIDEO_VB_IMAGE_INACCESSIBLE = 6113;

/**
 * Occurs in stream.previewVirtualBackground due to the virtual background state not being matched.
 *
 * Methods: `stream.previewVirtualBackground`.
 *
 * @category Video exception
 */
export const VIDEO_VB_MISMATCH_STATE = 6114;

/**
 * Occurs in stream.previewMask due to the mask image being inaccessible.
 *
 * Methods: `stream.previewMask`.
 *
 * @category Video exception
 */
export const VIDEO_MASK_IMAGE_INACCESSIBLE = 6115;

/**
 * Occurs in stream.previewMask due to the virtual background or processor being in progress.
 *
 * Methods: `stream.previewMask`.
 *
 * @category Video exception
 */
export const VIDEO_MASK_PROCESSOR_CONFLICT = 6116;

/**
 * Occurs in stream.spotlightVideo due to video not started or spotlighted.
 *
 * Methods: `stream.spotlightVideo`.
 *
 * @category Video exception
 */
export const VIDEO_SPOTLIGHT_MISMATCH_STATE = 6117;

/**
 * Occurs in stream.removeSpotlightedVideo due to multiple spotlighted videos not being able to be removed.
 *
 * Methods: `stream.removeSpotlightedVideo`.
 *
 * @category Video exception
 */
export const VIDEO_SPOTLIGHT_MULTI_CONFLICT = 6118;

/**
 * Occurs in stream.createProcessor due to the video processor being unsupported on the platform.
 *
 * Methods: `stream.createProcessor`.
 *
 * @category Video exception
 */
export const VIDEO_PROCESSOR_UNSUPPORTED = 6119;

/**
 * Occurs in stream.addProcessor due to adding more than one video processor at the same time.
 *
 * Methods: `stream.addProcessor`.
 *
 * @category Video exception
 */
export const VIDEO_PROCESSOR_LIMIT_EXCEED = 6120;

/**
 * Occurs in stream.createProcessor due to creating duplicate video processors.
 *
 * Methods: `stream.createProcessor`.
 *
 * @category Video exception
 */
export const VIDEO_PROCESSOR_DUPLICATE_CREATE = 6121;

/**
 * Occurs in stream.addProcessor because of the inability to find the target processor.
 *
 * Methods: `stream.addProcessor`.
 *
 * @category Video exception
 */
export const VIDEO_PROCESSOR_MISMATCH_PROCESSOR = 6122;

/**
 * Occurs in stream.controlCamera, stream.controlFarEndCamera, or stream.requestFarEndCameraControl due to camera control being unsupported on the platform.
 *
 * Methods: `stream.controlCamera`, `stream.controlFarEndCamera`, `stream.requestFarEndCameraControl`.
 *
 * @category Video exception
 */
export const FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED = 6150;

/**
 * Occurs in stream.requestFarEndCameraControl, stream.approveFarEndCameraControl, stream.declineFarEndCameraControl, stream.giveUpFarEndCameraControl, or stream.controlCamera due to camera control mismatch.
 *
 * Methods: `stream.requestFarEndCameraControl`, `stream.approveFarEndCameraControl`, `stream.declineFarEndCameraControl`, `stream.giveUpFarEndCameraControl`, `stream.controlCamera`.
 *
 * @category Video exception
 */
export const FAR_END_CAMERA_CONTROL_MISMATCH_STATE = 6151;

/**
 * Occurs in stream.controlFarEndCamera because the camera control permission is not granted.
 *
 * Methods: `stream.controlFarEndCamera`.
 *
 * @category Video exception
 */
export const FAR_END_CAMERA_PERMISSION_REQUIRED = 6152;

/**
 * Occurs in stream.controlFarEndCamera because the range is invalid.
 *
 * Methods: `stream.controlFarEndCamera`.
 *
 * @category Video exception
 */
export const FAR_END_CAMERA_INVALID_RANGE = 6153;

/**
 * Occurs in stream.controlFarEndCamera because the method call rate has exceeded the limit.
 *
 * Methods: `stream.controlFarEndCamera`.
 *
 * @category Video exception
 */
export const FAR_END_CAMERA_RATE_LIMIT = 6154;

/**
 * Occurs in stream.startShareScreen because the user denied the screen share.
 *
 * Methods: `stream.startShareScreen`.
 *
 * @category Screen share exception
 */
export const SCREEN_SHARE_USER_DENIED = 6200;

/**
 * Occurs in stream.startShareScreen because the permission in the system setting is not allowed.
 *
 * Methods: `stream.startShareScreen`.
 *
 * @category Screen share exception
 */
export const SCREEN_SHARE_SYSTEM_DENIED = 6201;

/**
 * Occurs in stream.startShareScreen because the platform does not support the getDisplayMedia method.
 *
 * Methods: `stream.startShareScreen`.
 *
 * @category Screen share exception
 */
export const SCREEN_SHARE_UNSUPPORTED = 6202;

/**
 * Occurs in stream.startShareScreen because the user attempted to share their screen to subsessions while already in a subsession.
 *
 * Methods: `stream.startShareScreen`.
 *
 * @category Screen share exception
 */
export const SCREEN_SHARE_SUBSESSION_CONFLICT = 6203;

/**
 * Occurs in stream.startShareScreen because only the host has the share privilege.
 *
 * Methods: `stream.startShareScreen`.
 *
 * @category Screen share exception
 */
export const SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED = 6204;

/**
 * Occurs in stream.startShareScreen, stream.shareToBreakoutRoom, stream.enableOptimizeForSharedVideo, or stream.muteOthersScreenShare because the screen share state does not match.
 *
 * Methods: `stream.startShareScreen`, `stream.shareToBreakoutRoom`, `stream.enableOptimizeForSharedVideo`, `stream.muteOthersScreenShare`.
 *
 * @category Screen share exception
 */
export const SCREEN_SHARE_MISMATCH_STATE = 6205;

/**
 * Occurs in stream.startShareScreen or stream.enableOptimizeForSharedVideo because the platform does not support the video share.
 *
 * Methods: `stream.startShareScreen`, `stream.enableOptimizeForSharedVideo`.
 *
 * @category Screen share exception
 */
export const SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED = 6206;

/**
 * Occurs in stream.enableOptimizeForSharedVideo because the host has enabled multiple screen sharing.
 *
 * Methods: `stream.enableOptimizeForSharedVideo`.
 *
 * @category Screen share exception
 */
export const SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT = 6207;

/**
 * Occurs in stream.setScreenSharePrivilege because the privilege is invalid.
 *
 * Methods: `stream.setScreenSharePrivilege`.
 *
 * @category Screen share exception
 */
export const SCREEN_SHARE_INVALID_PRIVILEGE = 6208;

/**
 * Occurs in stream.startShareScreen method because whiteboard sharing is currently in progress.
 *
 * Methods: `stream.startShareScreen`.
 *
 * @category Screen share exception
 */
export const SCREEN_SHARE_WHITEBOARD_CONFLICT = 6220;

/**
 * Error that occurs when calling stream.attachShareView and the number of rendered share views exceeds the limit.
 *
 * Methods: `stream.attachShareView`.
 *
 * @category Screen share exception
 */
export const SCREEN_SHARE_LIMIT_EXCEED = 6218;

/**
 * Occurs in stream.startAnnotation because the account doesn't support annotation.
 *
 * Methods: `stream.startAnnotation`.
 *
 * @category Share annotation exception
 */
export const SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE = 6210;

/**
 * Occurs in stream.startAnnotation because there is no active sharing session.
 *
 * Methods: `stream.startAnnotation`.
 *
 * @category Share annotation exception
 */
export const SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE = 6211;

/**
 * Occurs in stream.startAnnotation because the sharing user disabled the annotation by stream.changeAnnotationPrivilege.
 *
 * Methods: `stream.startAnnotation`, `stream.changeAnnotationPrivilege`.
 *
 * @category Share annotation exception
 */
export const SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED = 6212;

/**
 * Occurs in stream.startAnnotation because annotation has already been started.
 *
 * Methods: `stream.startAnnotation`.
 *
 * @category Share annotation exception
 */
export const SCREEN_SHARE_ANNOTATION_DUPLICATE_START = 6213;

/**
 * Occurs in stream.startAnnotation because of failing to start annotation.
 *
 * Methods: `stream.startAnnotation`.
 *
 * @category Share annotation exception
 */
export const SCREEN_SHARE_ANNOTATION_START_ERROR = 6214;

/**
 * Occurs in stream.getAnnotationController.clear or stream.getAnnotationController.setToolType because the method parameter is invalid.
 *
 * Methods: `stream.getAnnotationController.clear`, `stream.getAnnotationController.setToolType`.
 *
 * @category Share annotation exception
 */
export const SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER = 6215;

/**
 * Occurs in stream.startAnnotation because the current configuration doesn't support the annotation feature.
 *
 * Methods: `stream.startAnnotation`.
 *
 * @category Share annotation exception
 */
export const SCREEN_SHARE_ANNOTATION_NOT_SUPPORT = 6216;

/**
 * Occurs in stream.stopAnnotation because the annotation hasn't been started.
 *
 * Methods: `stream.stopAnnotation`.
 *
 * @category Share annotation exception
 */
export const SCREEN_SHARE_ANNOTATION_NOT_START = 6217;

/**
 * Occurs in stream.createProcessor method due to share processor being unsupported on the platform.
 *
 * Methods: `stream.createProcessor`.
 *
 * @category Share annotation exception
 */
export const SHARED_PROCESSOR_UNSUPPORTED = 6223;

/**
 * Occurs in stream.createProcessor method due to a duplicate share processor creation.
 *
 * Methods: `stream.createProcessor`.
 *
 * @category Share annotation exception
 */
export const SHARED_PROCESSOR_DUPLICATE_CREATE = 6224;

/**
 * Occurs in the stream.addProcessor and stream.removeProcessor methods when unable to find the target processor.
 *
 * Methods: `stream.addProcessor`, `stream.removeProcessor`.
 *
 * @category Share annotation exception
 */
export const SHARED_PROCESSOR_MISMATCH_PROCESSOR = 6225;

/**
 * Occurs in the stream.addProcessor method due to adding more than one (1) share processor at the same time.
 *
 * Methods: `stream.addProcessor`.
 *
 * @category Share annotation exception
 */
export const SHARED_PROCESSOR_LIMIT_EXCEED = 6226;

/**
 * Occurs in chat.send because the message is empty.
 *
 * Methods: `chat.send`.
 *
 * @category Chat exception
 */
export const CHAT_EMPTY_MESSAGE = 7000;

/**
 * Occurs in chat.send because the user does not match.
 *
 * Methods: `chat.send`.
 *
 * @category Chat exception
 */
export const CHAT_MISMATCH_USER = 7001;

/**
 * Occurs in chat.send because the privilege is not allowed.
 *
 * Methods: `chat.send`.
 *
 * @category Chat exception
 */
export const CHAT_INSUFFICIENT_PRIVILEGE = 7002;

/**
 * Occurs in chat.setPrivilege because only the host or manager can set the privilege.
 *
 * Methods: `chat.setPrivilege`.
 *
 * @category Chat exception
 */
export const CHAT_INVALID_PRIVILEGE = 7003;

/**
 * Occurs in chat.setPrivilege or chat.sendFile method because the user is in a subsession.
 *
 * Methods: `chat.setPrivilege`, `chat.sendFile`.
 *
 * @category Chat exception
 */
export const CHAT_SUBSESSION_CONFLICT = 7004;

/**
 * Occurs in chat.sendFile because the file is empty.
 *
 * Methods: `chat.sendFile`.
 *
 * @category Chat exception
 */
export const CHAT_EMPTY_FILE = 7005;

/**
 * Occurs in chat.sendFile because the retry token is invalid.
 *
 * Methods: `chat.sendFile`.
 *
 * @category Chat exception
 */
export const CHAT_INVALID_RETRY_TOKEN = 7006;

/**
 * Occurs in chat.sendFile because the file is not in the allowed file type. See the account setting to update the allowed file types.
 *
 * Methods: `chat.sendFile`.
 *
 * @category Chat exception
 */
export const CHAT_MISMATCH_FILE_TYPE = 7007;

/**
 * Occurs in chat.sendFile because the file size exceed the maximum size. See the account setting to update the file size limit.
 *
 * Methods: `chat.sendFile`.
 *
 * @category Chat exception
 */
export const CHAT_EXCEED_FILE_SIZE = 7008;

/**
 * Occurs in chat.downloadFile because the message ID or file URL is invalid.
 *
 * Methods: `chat.downloadFile`.
 *
 * @category Chat exception
 */
export const CHAT_INVALID_MSG_ID_OR_URL = 7009;

/**
 * Occurs in chat.sendFile because the file transfer function is disabled in the account.
 *
 * Methods: `chat.sendFile`.
 *
 * @category Chat exception
 */
export const CHAT_FILE_ACCOUNT_DISABLE = 7010;

/**
 * Occurs in chat.deleteMessage because the delete chat message is disabled in the account.
 *
 * Methods: `chat.deleteMessage`.
 *
 * @category Chat exception
 */
export const CHAT_DELETE_ACCOUNT_DISABLE = 7011;

/**
 * Occurs in cmd.send because the message is empty.
 *
 * Methods: `cmd.send`.
 *
 * @category Command channel exception
 */
export const CMD_EMPTY_MESSAGE = 7100;

/**
 * Occurs in cmd.send because the user does not match.
 *
 * Methods: `cmd.send`.
 *
 * @category Command channel exception
 */
export const CMD_MISMATCH_USER = 7101;

/**
 * Occurs in cmd.send because the message type is not a string.
 *
 * Methods: `cmd.send`.
 *
 * @category Command channel exception
 */
export const CMD_INVALID_MESSAGE_TYPE = 7102;

/**
 * Occurs in cmd.send because the message length exceeded the maximum length of 512 bytes.
 *
 * Methods: `cmd.send`.
 *
 * @category Command channel exception
 */
export const CMD_EXCEED_MESSAGE_LENGTH = 7103;

/**
 * Occurs in cmd.send because the channel is not ready.
 *
 * Methods: `cmd.send`.
 *
 * @category Command channel exception
 */
export const CMD_CHANNEL_NOT_READY = 7104;

/**
 * Occurs in recording.startCloudRecording because cloud recording is not enabled in the account settings.
 *
 * Methods: `recording.startCloudRecording`.
 *
 * @category Recording exception
 */
export const RECORDING_ACCOUNT_DISABLE = 7200;

/**
 * Occurs in recording.startCloudRecording because pausing or stopping cloud recording is forbidden in the account setting.
 *
 * Methods: `recording.startCloudRecording`.
 *
 * @category Recording exception
 */
export const RECORDING_STOP_FORBIDDEN = 7201;

/**
 * Occurs in recording.startCloudRecording because the recording state does not match.
 *
 * Methods: `recording.startCloudRecording`.
 *
 * @category Recording exception
 */
export const RECORDING_MISMATCH_STATE = 7202;

/**
 * Occurs in recording.acceptIndividualRecording because individual recording is not enabled.
 *
 * Methods: `recording.acceptIndividualRecording`.
 *
 * @category Recording exception
 */
export const RECORDING_ISO_DISABLE = 7203;

/**
 * Occurs in liveTranscription.startLiveTranscription because the feature is disabled in the account settings.
 *
 * Methods: `liveTranscription.startLiveTranscription`.
 *
 * @category Live transcription exception
 */
export const TRANSCRIPTION_ACCOUNT_DISABLE = 7300;

/**
 * Occurs in liveTranscription.startLiveTranscription because the feature is disabled by the session host.
 *
 * Methods: `liveTranscription.startLiveTranscription`.
 *
 * @category Live transcription exception
 */
export const TRANSCRIPTION_FEATURE_DISABLE = 7301;

/**
 * Occurs in liveTranscription.setSpeakingLanguage because the language is not supported.
 *
 * Methods: `liveTranscription.setSpeakingLanguage`.
 *
 * @category Live transcription exception
 */
export const TRANSCRIPTION_LANGUAGE_UNSUPPORTED = 7302;

/**
 * Occurs in liveTranscription.setSpeakingLanguage or liveTranscription.setTranslationLanguage because the transcription has not been supported.
 *
 * Methods: `liveTranscription.setSpeakingLanguage`, `liveTranscription.setTranslationLanguage`.
 *
 * @category Live transcription exception
 */
export const TRANSCRIPTION_MISMATCH_STATE = 7303;

/**
 * Occurs in liveTranscription.setTranslationLanguage because the feature is disabled in the account settings.
 *
 * Methods: `liveTranscription.setTranslationLanguage`.
 *
 * @category Live transcription exception
 */
export const TRANSLATION_ACCOUNT_DISABLE = 7304;

/**
 * Occurs in liveTranscription.setTranslationLanguage because the translation language is not supported.
 *
 * Methods: `liveTranscription.setTranslationLanguage`.
 *
 * @category Live transcription exception
 */
export const TRANSLATION_LANGUAGE_UNSUPPORTED = 7305;

/**
 * Error that occurs when calling liveTranscription.lockTranscriptionLanguage while the transcription language is already locked by the host.
 *
 * Methods: `liveTranscription.lockTranscriptionLanguage`.
 *
 * @category Live transcription exception
 */
export const TRANSCRIPTION_LANGUAGE_LOCKED = 7310;

/**
 * Occurs in liveStream.startLiveStream because the live stream is disabled in the account settings.
 *
 * Methods: `liveStream.startLiveStream`.
 *
 * @category Live stream exception
 */
export const LIVE_STREAM_ACCOUNT_DISABLE = 7400;

/**
 * Occurs in liveStream.startLiveStream because the parameter is invalid.
 *
 * Methods: `liveStream.startLiveStream`.
 *
 * @category Live stream exception
 */
export const LIVE_STREAM_INVALID_PARAMETER = 7401;

/**
 * Occurs in liveStream.startLiveStream because the live stream is in progress.
 *
 * Methods: `liveStream.startLiveStream`.
 *
 * @category Live stream exception
 */
export const LIVE_STREAM_MISMATCH_STATE = 7402;

/**
 * Occurs in subsession.createSubsessions because the subsession function is disabled in the account settings.
 *
 * Methods: `subsession.createSubsessions`.
 *
 * @category Subsession exception
 */
export const SUBSESSION_ACCOUNT_DISABLE = 7500;

/**
 * Occurs in subsession.createSubsessions because the number of created subsessions has exceeded the maximum limit of 100.
 *
 * Methods: `subsession.createSubsessions`.
 *
 * @category Subsession exception
 */
export const SUBSESSION_EXCEED_CAPACITY = 7501;

/**
 * Occurs in subsession.openSubsessions, subsession.joinSubsession, subsession.assignUserToSubsession, or subsession.moveUserToSubsession because the subsession ID is incorrect.
 *
 * Methods: `subsession.openSubsessions`, `subsession.joinSubsession`, `subsession.assignUserToSubsession`, `subsession.moveUserToSubsession`.
 *
 * @category Subsession exception
 */
export const SUBSESSION_MISMATCH_ID = 7502;

/**
 * Occurs in subsession.openSubsessions, subsession.moveBackToMainSession, subsession.assignUserToSubsession, or subsession.moveUserToSubsession because the user ID is incorrect.
 *
 * Methods: `subsession.openSubsessions`, `subsession.moveBackToMainSession`, `subsession.assignUserToSubsession`, `subsession.moveUserToSubsession`.
 *
 * @category Subsession exception
 */
export const SUBSESSION_MISMATCH_USER = 7503;

/**
 * Occurs in subsession.openSubsessions or other methods because the subsession status is not correct.
 *
 * Methods: `subsession.openSubsessions`.
 *
 * @category Subsession exception
 */
export const SUBSESSION_MISMATCH_STATE = 7504;

/**
 * Occurs in subsession.leaveSubsession because the host restricts users from leaving the subsession.
 *
 * Methods: `subsession.leaveSubsession`.
 *
 * @category Subsession exception
 */
export const SUBSESSION_EXIT_RESTRICTED = 7505;

/**
 * Occurs in subsession.broadcast because the broadcast message function is disabled in the account.
 *
 * Methods: `subsession.broadcast`.
 *
 * @category Subsession exception
 */
export const SUBSESSION_BROADCAST_DISABLE = 7506;

/**
 * Occurs in subsession.broadcast because the message is empty or an invalid string.
 *
 * Methods: `subsession.broadcast`.
 *
 * @category Subsession exception
 */
export const SUBSESSION_BROADCAST_INVALID_CONTENT = 7507;

/**
 * Occurs in subsession.startBroadcastVoice because broadcast voice is disabled in the account.
 *
 * Methods: `subsession.startBroadcastVoice`.
 *
 * @category Subsession exception
 */
export const SUBSESSION_BROADCAST_VOICE_DISABLE = 7508;

/**
 * Occurs in subsession.startBroadcastVoice because the host cannot broadcast voice within a subsession.
 *
 * Methods: `subsession.startBroadcastVoice`.
 *
 * @category Subsession exception
 */
export const SUBSESSION_BROADCAST_VOICE_RESTRICTED = 7509;

/**
 * Occurs in subsession.startBroadcastVoice or subsession.stopBroadcastVoice because the host cannot broadcast voice without an active audio connection during the session.
 *
 * Methods: `subsession.startBroadcastVoice`, `subsession.stopBroadcastVoice`.
 *
 * @category Subsession exception
 */
export const SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE = 7510;

/**
 * Occurs in broadcastStreamingClient.startBroadcast because the feature is disabled in the account setting.
 *
 * Methods: `broadcastStreamingClient.startBroadcast`.
 *
 * @category Broadcast streaming exception
 */
export const BROADCAST_STREAMING_ACCOUNT_DISABLE = 7900;

/**
 * Occurs in broadcastStreamingClient.startBroadcast because the status is incorrect.
 *
 * Methods: `broadcastStreamingClient.startBroadcast`.
 *
 * @category Broadcast streaming exception
 */
export const BROADCAST_STREAMING_MISMATCH_STATE = 7901;

/**
 * Occurs in broadcastStreamingClient.stopBroadcast because the channel ID in current case is required.
 *
 * Methods: `broadcastStreamingClient.stopBroadcast`.
 *
 * @category Broadcast streaming exception
 */
export const BROADCAST_STREAMING_INVALID_CHANNEL_ID = 7902;

/**
 * Occurs in whiteboard.startWhiteboardScreen method because the whiteboard feature is not enabled in the account setting.
 *
 * Methods: `whiteboard.startWhiteboardScreen`.
 *
 * @category Whiteboard exception
 */
export const WHITEBOARD_ACCOUNT_DISABLE = 8000;

/**
 * Occurs in whiteboard.startWhiteboardScreen method because the whiteboard feature is not supported on the current platform (mobile browsers).
 *
 * Methods: `whiteboard.startWhiteboardScreen`.
 *
 * @category Whiteboard exception
 */
export const WHITEBOARD_UNSUPPORTED = 8001;

/**
 * Occurs in whiteboard.startWhiteboardScreen method because screen sharing is currently in progress.
 *
 * Methods: `whiteboard.startWhiteboardScreen`.
 *
 * @category Whiteboard exception
 */
export const WHITEBOARD_SCREEN_SHARE_CONFLICT = 8002;

/**
 * Occurs in whiteboard.startWhiteboardScreen or whiteboard.exportWhiteboard methods because the whiteboard state does not match the required state.
 *
 * Methods: `whiteboard.startWhiteboardScreen`, `whiteboard.exportWhiteboard`.
 *
 * @category Whiteboard exception
 */
export const WHITEBOARD_MISMATCH_STATE = 8003;

/**
 * Occurs in whiteboard.startWhiteboardScreen method because only the host or manager has permission to perform this action.
 *
 * Methods: `whiteboard.startWhiteboardScreen`.
 *
 * @category Whiteboard exception
 */
export const WHITEBOARD_HOST_PRIVILEGE_REQUIRED = 8004;

/**
 * Occurs in whiteboard.startWhiteboardScreen or whiteboard.stopWhiteboardScreen or whiteboard.startWhiteboardView methods because the parameter is invalid (e.g., invalid document ID, template ID, or presenter ID).
 *
 * Methods: `whiteboard.startWhiteboardScreen`, `whiteboard.stopWhiteboardScreen`, `whiteboard.startWhiteboardView`.
 *
 * @category Whiteboard exception
 */
export const WHITEBOARD_INVALID_PARAMETER = 8005;

/**
 * Occurs in whiteboard.exportWhiteboard method because the whiteboard export feature has been disabled for the current session.
 *
 * Methods: `whiteboard.exportWhiteboard`.
 *
 * @category Whiteboard exception
 */
export const WHITEBOARD_EXPORT_DISABLE = 8006;

/**
 * Occurs in realTimeMediaStreamsClient.startRealTimeMediaStreams method because the real-time media streams feature is not enabled in the account setting.
 *
 * Methods: `realTimeMediaStreamsClient.startRealTimeMediaStreams`.
 *
 * @category Real-time media streams exception
 */
export const REAL_TIME_MEDIA_STREAMS_NOT_ENABLED = 8100;

/**
 * Occurs in realTimeMediaStreamsClient.startRealTimeMediaStreams or realTimeMediaStreamsClient.stopRealTimeMediaStreams methods because the real-time media streams state does not match the required state.
 *
 * Methods: `realTimeMediaStreamsClient.startRealTimeMediaStreams`, `realTimeMediaStreamsClient.stopRealTimeMediaStreams`.
 *
 * @category Real-time media streams exception
 */
export const REAL_TIME_MEDIA_STREAMS_INVALID_STATE = 8101;

/**
 * Occurs in realTimeMediaStreamsClient.startRealTimeMediaStreams method because real-time media streams is not supported in breakout rooms.
 *
 * Methods: `realTimeMediaStreamsClient.startRealTimeMediaStreams`.
 *
 * @category Real-time media streams exception
 */
export const REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM = 8102;

/**
 * Occurs in voiceTranslatorClient.startVoiceTranslator or voiceTranslatorClient.setSpeakingLanguage methods because the voice translator feature is not enabled in the account setting.
 *
 * Methods: `voiceTranslatorClient.startVoiceTranslator`, `voiceTranslatorClient.setSpeakingLanguage`.
 *
 * @category Voice translator exception
 */
export const VOICE_TRANSLATOR_ACCOUNT_DISABLE = 8200;

/**
 * Occurs in voiceTranslatorClient.setSpeakingLanguage method because the voice translator language list is not available.
 *
 * Methods: `voiceTranslatorClient.setSpeakingLanguage`.
 *
 * @category Voice translator exception
 */
export const VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST = 8201;

/**
 * Occurs in voiceTranslatorClient.setListeningLanguage or voiceTranslatorClient.setOriginalAudioBalance or voiceTranslatorClient.setTranslatedVoiceStyle methods because the voice translator must be started before performing the action.
 *
 * Methods: `voiceTranslatorClient.setListeningLanguage`, `voiceTranslatorClient.setOriginalAudioBalance`, `voiceTranslatorClient.setTranslatedVoiceStyle`.
 *
 * @category Voice translator exception
 */
export const VOICE_TRANSLATOR_MISMATCH_STATE = 8202;

/**
 * Occurs in voiceTranslatorClient.setSpeakingLanguage or voiceTranslatorClient.setListeningLanguage methods because the specified language is not supported.
 *
 * Methods: `voiceTranslatorClient.setSpeakingLanguage`, `voiceTranslatorClient.setListeningLanguage`.
 *
 * @category Voice translator exception
 */
export const VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED = 8203;

/**
 * Occurs in voiceTranslatorClient.setOriginalAudioBalance method because the balance value is not within the valid range (0 to 1).
 *
 * Methods: `voiceTranslatorClient.setOriginalAudioBalance`.
 *
 * @category Voice translator exception
 */
export const VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE = 8204;

/**
 * Occurs in voiceTranslatorClient.setTranslatedVoiceStyle method because the specified voice timbre ID is invalid or not found.
 *
 * Methods: `voiceTranslatorClient.setTranslatedVoiceStyle`.
 *
 * @category Voice translator exception
 */
export const VOICE_TRANSLATOR_INCORRECT_TIMBRE = 8205;

/**
 * Occurs in incoming live stream methods when the streamId parameter is empty or does not match the currently bound stream.
 *
 * @category Incoming live stream exception
 */
export const INCOMING_LIVE_STREAM_INVALID_PARAMETER = 7450;

/**
 * Occurs in incoming live stream methods when a state mismatch is detected. For example:
 *
 * Details:
 * - Calling bindIncomingLiveStream from within a breakout room
 * - Binding a new stream while the current stream is already RTMP-connected
 * - Calling startIncomingLiveStream when isRTMPConnected is false
 * - Calling stopIncomingLiveStream when isRTMPConnected is false
 *
 * @category Incoming live stream exception
 */
export const INCOMING_LIVE_STREAM_MISMATCH_STATE = 7451;
