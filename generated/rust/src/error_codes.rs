// Generated from catalogue.toml by `cargo xtask gen`. Do not edit by hand.
#![allow(
    clippy::doc_markdown,
    reason = "the docs quote the catalogue's prose, which names things without backticks"
)]
#![allow(clippy::too_many_lines, reason = "one match arm per catalogue entry")]
#![allow(
    clippy::unreadable_literal,
    reason = "codes are written as the SDK documents them"
)]
#![allow(deprecated, reason = "a retired code keeps its place in every table")]
use core::fmt;
use core::str::FromStr;
// The enums and their tables: one line or row per catalogue entry.
/// An error code of the catalogue: one variant per code.
///
/// The discriminant is the code the SDK reports (`code as u32` is [`ErrorCode::code`]); [`ErrorCode::from_code`] and [`ErrorCode::from_name`] look a code up. New codes may be
/// added in a minor version, so the enum is `#[non_exhaustive]`; codes are never reused.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
#[repr(u32)]
pub enum ErrorCode {
    // A variant without `= code` has the code after the previous one's.
    /// `OPERATION_TIMEOUT`: the catalogue gives no description.
    ///
    /// - Code: `1`
    /// - Name: `OPERATION_TIMEOUT`
    /// - Category: [`Category::Common`] (Common or internal exception)
    OperationTimeout = 1,
    /// `INTERNAL_ERROR`: the catalogue gives no description.
    ///
    /// - Code: `2`
    /// - Name: `INTERNAL_ERROR`
    /// - Category: [`Category::Common`] (Common or internal exception)
    InternalError,
    /// Operation was cancelled due to session state changes. This occurs when an ongoing operation is interrupted by:
    ///
    /// - Code: `3`
    /// - Name: `OPERATION_CANCELLED`
    /// - Category: [`Category::Common`] (Common or internal exception)
    ///
    /// Details:
    ///
    /// - Session termination (LEAVING_MEETING)
    /// - Failed session join (JOIN_MEETING_FAILED)
    /// - Session reconnection process (RECONNECTING_MEETING)
    /// - The operation promise will be rejected with this error code when meeting state changes make the operation invalid
    OperationCancelled,
    /// Session creation or retrieval error. Usually caused by an incorrect field value in the JWT token.
    ///
    /// - Code: `200`
    /// - Name: `SESSION_FETCH_INFO_ERROR`
    /// - Category: [`Category::Session`] (Session exception)
    ///
    /// Details:
    ///
    /// - connection error
    /// - The token has expired, is over 2 days old, or is ineffective
    /// - Password max of 10 characters
    /// - This account does not exist or does not belong to you
    /// - Verify JWT failed
    /// - invalid session key
    SessionFetchInfoError = 200,
    /// The session passcode is incorrect.
    ///
    /// - Code: `3004`
    /// - Name: `SESSION_INCORRECT_PASSCODE`
    /// - Category: [`Category::Session`] (Session exception)
    SessionIncorrectPasscode = 3004,
    /// The user was removed by the session host and is prevented from rejoining the same session.
    ///
    /// - Code: `3009`
    /// - Name: `SESSION_USER_REMOVED`
    /// - Category: [`Category::Session`] (Session exception)
    SessionUserRemoved = 3009,
    /// Incorrect role type in the JWT token.
    ///
    /// - Code: `3010`
    /// - Name: `SESSION_ROLE_TYPE_ERROR`
    /// - Category: [`Category::Session`] (Session exception)
    SessionRoleTypeError,
    /// Incorrect parameters for connecting to the Zoom server. If you encounter this issue, please report it to Zoom.
    ///
    /// - Code: `4003`
    /// - Name: `SESSION_INVALID_PARAMETER`
    /// - Category: [`Category::Session`] (Session exception)
    SessionInvalidParameter = 4003,
    /// The session has ended.
    ///
    /// - Code: `4004`
    /// - Name: `SESSION_ENDED`
    /// - Category: [`Category::Session`] (Session exception)
    SessionEnded,
    /// The number of users in the session exceeds the capacity.
    ///
    /// - Code: `4005`
    /// - Name: `SESSION_EXCEED_CAPACITY`
    /// - Category: [`Category::Session`] (Session exception)
    SessionExceedCapacity,
    /// Occurs in `client.init` because the platform does not meet the basic WebRTC requirements.
    ///
    /// - Code: `5000`
    /// - Name: `CLIENT_PLATFORM_UNSUPPORTED`
    /// - Category: [`Category::Client`] (Client exception)
    ///
    /// Methods named in the description:
    ///
    /// - `client.init`
    ClientPlatformUnsupported = 5000,
    /// Occurs in `client.init`, due to the inability to access self-deployed dependent assets.
    ///
    /// - Code: `5001`
    /// - Name: `CLIENT_DEPENDENT_ASSETS_INACCESSIBLE`
    /// - Category: [`Category::Client`] (Client exception)
    ///
    /// Methods named in the description:
    ///
    /// - `client.init`
    ClientDependentAssetsInaccessible,
    /// Called a function that requires the user to be in a session, but the session is closed.
    ///
    /// - Code: `5002`
    /// - Name: `CLIENT_SESSION_STATE_CLOSED`
    /// - Category: [`Category::Client`] (Client exception)
    ClientSessionStateClosed,
    /// Called a function that requires the user to be in a session, but the session is reconnecting.
    ///
    /// - Code: `5003`
    /// - Name: `CLIENT_SESSION_STATE_RECONNECTING`
    /// - Category: [`Category::Client`] (Client exception)
    ClientSessionStateReconnecting,
    /// Operation requires host or manager permission.
    ///
    /// - Code: `5006`
    /// - Name: `CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED`
    /// - Category: [`Category::Client`] (Client exception)
    ClientHostOrManagerPermissionRequired = 5006,
    /// Operation requires host permission.
    ///
    /// - Code: `5007`
    /// - Name: `CLIENT_HOST_PERMISSION_REQUIRED`
    /// - Category: [`Category::Client`] (Client exception)
    ClientHostPermissionRequired,
    /// Operation requires origin host permission.
    ///
    /// - Code: `5008`
    /// - Name: `CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED`
    /// - Category: [`Category::Client`] (Client exception)
    ClientOriginHostPermissionRequired,
    /// User ID doesn't match.
    ///
    /// - Code: `5011`
    /// - Name: `CLIENT_MISMATCH_USER`
    /// - Category: [`Category::Client`] (Client exception)
    ClientMismatchUser = 5011,
    /// Occurs in `client.join` due to a duplicate call while the user is already in a session.
    ///
    /// - Code: `5012`
    /// - Name: `CLIENT_DUPLICATED_JOIN`
    /// - Category: [`Category::Client`] (Client exception)
    ///
    /// Methods named in the description:
    ///
    /// - `client.join`
    ClientDuplicatedJoin,
    /// Occurs in `client.join` due to an incorrect parameter.
    ///
    /// - Code: `5013`
    /// - Name: `CLIENT_INVALID_JOIN_PARAMETER`
    /// - Category: [`Category::Client`] (Client exception)
    ///
    /// Methods named in the description:
    ///
    /// - `client.join`
    ///
    /// Details:
    ///
    /// - invalid signature
    /// - Topic, token and userName must be string and required
    /// - The maximum length of topic is 200
    /// - The maximum length of username is 200
    /// - The maximum length of password is 10
    ClientInvalidJoinParameter,
    /// Occurs in `client.changeName` due to the host disallowing users from changing their names themselves.
    ///
    /// - Code: `5014`
    /// - Name: `CLIENT_HOST_DISALLOW_RENAME`
    /// - Category: [`Category::Client`] (Client exception)
    ///
    /// Methods named in the description:
    ///
    /// - `client.changeName`
    ClientHostDisallowRename,
    /// The device ID (microphone, audio speaker, camera) does not match any device in the list.
    ///
    /// - Code: `6000`
    /// - Name: `STREAM_MISMATCH_DEVICE`
    /// - Category: [`Category::Stream`] (Stream exception)
    StreamMismatchDevice = 6000,
    /// The User ID doesn't match.
    ///
    /// - Code: `6001`
    /// - Name: `STREAM_MISMATCH_USER`
    /// - Category: [`Category::Stream`] (Stream exception)
    StreamMismatchUser,
    /// Occurs when a method is called before `client.join` has resolved.
    ///
    /// - Code: `6002`
    /// - Name: `STREAM_SESSION_JOIN_REQUIRED`
    /// - Category: [`Category::Stream`] (Stream exception)
    ///
    /// Methods named in the description:
    ///
    /// - `client.join`
    StreamSessionJoinRequired,
    /// Occurs in video or sharing-related functions when the target element does not match the required render element type.
    ///
    /// - Code: `6003`
    /// - Name: `STREAM_MISMATCH_RENDER_ELEMENT`
    /// - Category: [`Category::Stream`] (Stream exception)
    StreamMismatchRenderElement,
    /// Occurs in `stream.startAudio`, for the following reasons:
    ///
    /// - Code: `6010`
    /// - Name: `AUDIO_CAPTURE_FAILED`
    /// - Category: [`Category::Audio`] (Audio exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startAudio`
    ///
    /// Numbered reasons, as [`AudioCaptureFailedReason`] (from [`ErrorCode::reason`], wrapped in [`Reason::AudioCaptureFailed`]):
    ///
    /// - `1` [`PERMISSION_DENIED_BY_USER`](AudioCaptureFailedReason::PermissionDeniedByUser): Permission denied by user
    /// - `2` [`PERMISSION_DENIED_BY_SYSTEM`](AudioCaptureFailedReason::PermissionDeniedBySystem): Permission denied by system
    /// - `3` [`DEVICE_IN_USE`](AudioCaptureFailedReason::DeviceInUse): Device in use
    /// - `4` [`NO_DEVICE_FOUND`](AudioCaptureFailedReason::NoDeviceFound): No device found
    /// - `5` [`UNKNOWN`](AudioCaptureFailedReason::Unknown): Unknown reason
    /// - `6` [`CONSTRAINT_VIOLATION`](AudioCaptureFailedReason::ConstraintViolation): Constraint violation
    /// - `7` [`PERMISSION_DISMISSED_BY_USER`](AudioCaptureFailedReason::PermissionDismissedByUser): Permission dismissed by user
    AudioCaptureFailed = 6010,
    /// Occurs in `stream.startAudio` or `stream.stopAudio` when the audio capture is loading.
    ///
    /// - Code: `6011`
    /// - Name: `AUDIO_CAPTURE_LOADING`
    /// - Category: [`Category::Audio`] (Audio exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startAudio`
    /// - `stream.stopAudio`
    AudioCaptureLoading,
    /// Occurs in `stream.startAudio` when the audio is already connected by a PSTN call.
    ///
    /// - Code: `6012`
    /// - Name: `AUDIO_IN_PSTN`
    /// - Category: [`Category::Audio`] (Audio exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startAudio`
    AudioInPstn,
    /// Occurs in `stream.startAudio`, only on legacy Safari browsers when the audio decoding or encoding is required.
    ///
    /// - Code: `6013`
    /// - Name: `AUDIO_ENCODING_REQUIRED`
    /// - Category: [`Category::Audio`] (Audio exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startAudio`
    AudioEncodingRequired,
    /// Occurs in `stream.stopAudio`, only on legacy Chrome browsers when sharing tab audio or system audio.
    ///
    /// - Code: `6014`
    /// - Name: `AUDIO_SHARE_AUDIO_CONFLICT`
    /// - Category: [`Category::Audio`] (Audio exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.stopAudio`
    AudioShareAudioConflict,
    /// Occurs in `stream.muteAudio` or `stream.unmuteAudio` or `stream.muteShareAudio` or `stream.unmuteShareAudio` when audio or shared audio has not been started.
    ///
    /// - Code: `6015`
    /// - Name: `AUDIO_NOT_STARTED`
    /// - Category: [`Category::Audio`] (Audio exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.muteAudio`
    /// - `stream.unmuteAudio`
    /// - `stream.muteShareAudio`
    /// - `stream.unmuteShareAudio`
    AudioNotStarted,
    /// Occurs in `stream.startSecondaryAudio` due to the platform being unsupported.
    ///
    /// - Code: `6017`
    /// - Name: `SECONDARY_AUDIO_UNSUPPORTED`
    /// - Category: [`Category::Audio`] (Audio exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startSecondaryAudio`
    SecondaryAudioUnsupported = 6017,
    /// Occurs in `stream.startSecondaryAudio` due to the microphone ID being used for session audio.
    ///
    /// - Code: `6018`
    /// - Name: `SECONDARY_AUDIO_DEVICE_CONFLICT`
    /// - Category: [`Category::Audio`] (Audio exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startSecondaryAudio`
    SecondaryAudioDeviceConflict,
    /// Occurs in `stream.startSecondaryAudio` due to screen sharing being in progress.
    ///
    /// - Code: `6019`
    /// - Name: `SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT`
    /// - Category: [`Category::Audio`] (Audio exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startSecondaryAudio`
    SecondaryAudioScreenSharingConflict,
    /// Occurs in `stream.stopSecondaryAudio`, due to the secondary audio not being started.
    ///
    /// - Code: `6020`
    /// - Name: `SECONDARY_AUDIO_NOT_STARTED`
    /// - Category: [`Category::Audio`] (Audio exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.stopSecondaryAudio`
    SecondaryAudioNotStarted,
    /// Occurs in `stream.inviteByPhone` due to the country code does not match any code in the list.
    ///
    /// - Code: `6021`
    /// - Name: `PSTN_MISMATCH_COUNTRY_CODE`
    /// - Category: [`Category::Audio`] (Audio exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.inviteByPhone`
    PstnMismatchCountryCode,
    /// Occurs in `stream.hangup` due to the PSTN being not being connected.
    ///
    /// - Code: `6022`
    /// - Name: `PSTN_NOT_CONNECTED`
    /// - Category: [`Category::Audio`] (Audio exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.hangup`
    PstnNotConnected,
    /// Occurs in `stream.cancelCallCRCDevice` due to the CRC device not being connected.
    ///
    /// - Code: `6023`
    /// - Name: `CRC_NOT_CONNECTED`
    /// - Category: [`Category::Audio`] (Audio exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.cancelCallCRCDevice`
    CrcNotConnected,
    /// Occurs in `stream.createProcessor` due to the audio processor not being supported on the platform.
    ///
    /// - Code: `6026`
    /// - Name: `AUDIO_PROCESSOR_UNSUPPORTED`
    /// - Category: [`Category::Audio`] (Audio exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.createProcessor`
    AudioProcessorUnsupported = 6026,
    /// Occurs in `stream.createProcessor` due to the creation of a duplicate audio processor.
    ///
    /// - Code: `6027`
    /// - Name: `AUDIO_PROCESSOR_DUPLICATE_CREATE`
    /// - Category: [`Category::Audio`] (Audio exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.createProcessor`
    AudioProcessorDuplicateCreate,
    /// Occurs in `stream.addProcessor` and `stream.removeProcessor` because of the inability to find the target processor.
    ///
    /// - Code: `6028`
    /// - Name: `AUDIO_PROCESSOR_MISMATCH_PROCESSOR`
    /// - Category: [`Category::Audio`] (Audio exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.addProcessor`
    /// - `stream.removeProcessor`
    AudioProcessorMismatchProcessor,
    /// Occurs in the `stream.addProcessor` method due to adding the same processor again.
    ///
    /// - Code: `6029`
    /// - Name: `AUDIO_PROCESSOR_LIMIT_EXCEED`
    /// - Category: [`Category::Audio`] (Audio exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.addProcessor`
    AudioProcessorLimitExceed,
    /// Occurs in `stream.startVideo` due to the user being denied camera permission.
    ///
    /// - Code: `6100`
    /// - Name: `VIDEO_CAMERA_PERMISSION_DENIED`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startVideo`
    VideoCameraPermissionDenied = 6100,
    /// Occurs in `stream.startVideo` due to no camera.
    ///
    /// - Code: `6101`
    /// - Name: `VIDEO_NO_CAMERA`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startVideo`
    VideoNoCamera,
    /// Occurs in `stream.startVideo` due to the camera not matching the device list.
    ///
    /// - Code: `6102`
    /// - Name: `VIDEO_MISMATCH_CAMERA`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startVideo`
    VideoMismatchCamera,
    /// Occurs in `stream.startVideo` due to the camera being taken by another program.
    ///
    /// - Code: `6103`
    /// - Name: `VIDEO_CAMERA_TAKEN`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startVideo`
    VideoCameraTaken,
    /// Occurs in `stream.startVideo` due to a virtual background initialization error.
    ///
    /// - Code: `6104`
    /// - Name: `VIDEO_VB_INITIALIZE_ERROR`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startVideo`
    VideoVbInitializeError,
    /// Occurs in `stream.startVideo` or `stream.stopVideo` due to the video capture loading.
    ///
    /// - Code: `6105`
    /// - Name: `VIDEO_CAPTURE_LOADING`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startVideo`
    /// - `stream.stopVideo`
    VideoCaptureLoading,
    /// Occurs in `stream.startVideo` due to the virtual background not being supported on the platform.
    ///
    /// - Code: `6107`
    /// - Name: `VIDEO_VB_UNSUPPORTED`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startVideo`
    VideoVbUnsupported = 6107,
    /// Occurs in `stream.startVideo` due to the virtual processor in progress.
    ///
    /// - Code: `6108`
    /// - Name: `VIDEO_VB_PROCESSOR_CONFLICT`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startVideo`
    VideoVbProcessorConflict,
    /// Occurs in `stream.startVideo` or `stream.stopVideo` due to the video state not being matched.
    ///
    /// - Code: `6109`
    /// - Name: `VIDEO_MISMATCH_STATE`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startVideo`
    /// - `stream.stopVideo`
    VideoMismatchState,
    /// Occurs in `stream.startVideo` due to a video stream establish error.
    ///
    /// - Code: `6110`
    /// - Name: `VIDEO_ESTABLISH_STREAM_ERROR`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startVideo`
    VideoEstablishStreamError,
    /// Occurs in `stream.renderVideo` or `stream.attachVideo` due to number of rendered videos exceeding the limit.
    ///
    /// - Code: `6111`
    /// - Name: `VIDEO_RENDER_LIMIT_EXCEED`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.renderVideo`
    /// - `stream.attachVideo`
    VideoRenderLimitExceed,
    /// Occurs in `stream.renderVideo` due to the method not being applicable for WebRTC video.
    ///
    /// - Code: `6112`
    /// - Name: `VIDEO_METHOD_DEPRECATED`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.renderVideo`
    VideoMethodDeprecated,
    /// Occurs in `stream.previewVirtualBackground` due to the virtual background image being inaccessible.
    ///
    /// - Code: `6113`
    /// - Name: `VIDEO_VB_IMAGE_INACCESSIBLE`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.previewVirtualBackground`
    VideoVbImageInaccessible,
    /// Occurs in `stream.previewVirtualBackground` due to the virtual background state not being matched.
    ///
    /// - Code: `6114`
    /// - Name: `VIDEO_VB_MISMATCH_STATE`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.previewVirtualBackground`
    VideoVbMismatchState,
    /// Occurs in `stream.previewMask` due to the mask image being inaccessible.
    ///
    /// - Code: `6115`
    /// - Name: `VIDEO_MASK_IMAGE_INACCESSIBLE`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.previewMask`
    VideoMaskImageInaccessible,
    /// Occurs in `stream.previewMask` due to the virtual background or processor being in progress.
    ///
    /// - Code: `6116`
    /// - Name: `VIDEO_MASK_PROCESSOR_CONFLICT`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.previewMask`
    VideoMaskProcessorConflict,
    /// Occurs in `stream.spotlightVideo` due to video not started or spotlighted.
    ///
    /// - Code: `6117`
    /// - Name: `VIDEO_SPOTLIGHT_MISMATCH_STATE`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.spotlightVideo`
    VideoSpotlightMismatchState,
    /// Occurs in `stream.removeSpotlightedVideo` due to multiple spotlighted videos not being able to be removed.
    ///
    /// - Code: `6118`
    /// - Name: `VIDEO_SPOTLIGHT_MULTI_CONFLICT`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.removeSpotlightedVideo`
    VideoSpotlightMultiConflict,
    /// Occurs in `stream.createProcessor` due to the video processor being unsupported on the platform.
    ///
    /// - Code: `6119`
    /// - Name: `VIDEO_PROCESSOR_UNSUPPORTED`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.createProcessor`
    VideoProcessorUnsupported,
    /// Occurs in `stream.addProcessor` due to adding more than one video processor at the same time.
    ///
    /// - Code: `6120`
    /// - Name: `VIDEO_PROCESSOR_LIMIT_EXCEED`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.addProcessor`
    VideoProcessorLimitExceed,
    /// Occurs in `stream.createProcessor` due to creating duplicate video processors.
    ///
    /// - Code: `6121`
    /// - Name: `VIDEO_PROCESSOR_DUPLICATE_CREATE`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.createProcessor`
    VideoProcessorDuplicateCreate,
    /// Occurs in `stream.addProcessor` because of the inability to find the target processor.
    ///
    /// - Code: `6122`
    /// - Name: `VIDEO_PROCESSOR_MISMATCH_PROCESSOR`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.addProcessor`
    VideoProcessorMismatchProcessor,
    /// Occurs in `stream.controlCamera`, `stream.controlFarEndCamera`, or `stream.requestFarEndCameraControl` due to camera control being unsupported on the platform.
    ///
    /// - Code: `6150`
    /// - Name: `FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.controlCamera`
    /// - `stream.controlFarEndCamera`
    /// - `stream.requestFarEndCameraControl`
    FarEndCameraControlDeviceUnsupported = 6150,
    /// Occurs in `stream.requestFarEndCameraControl`, `stream.approveFarEndCameraControl`, `stream.declineFarEndCameraControl`, `stream.giveUpFarEndCameraControl`, or `stream.controlCamera` due to camera control mismatch.
    ///
    /// - Code: `6151`
    /// - Name: `FAR_END_CAMERA_CONTROL_MISMATCH_STATE`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.requestFarEndCameraControl`
    /// - `stream.approveFarEndCameraControl`
    /// - `stream.declineFarEndCameraControl`
    /// - `stream.giveUpFarEndCameraControl`
    /// - `stream.controlCamera`
    FarEndCameraControlMismatchState,
    /// Occurs in `stream.controlFarEndCamera` because the camera control permission is not granted.
    ///
    /// - Code: `6152`
    /// - Name: `FAR_END_CAMERA_PERMISSION_REQUIRED`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.controlFarEndCamera`
    FarEndCameraPermissionRequired,
    /// Occurs in `stream.controlFarEndCamera` because the range is invalid.
    ///
    /// - Code: `6153`
    /// - Name: `FAR_END_CAMERA_INVALID_RANGE`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.controlFarEndCamera`
    FarEndCameraInvalidRange,
    /// Occurs in `stream.controlFarEndCamera` because the method call rate has exceeded the limit.
    ///
    /// - Code: `6154`
    /// - Name: `FAR_END_CAMERA_RATE_LIMIT`
    /// - Category: [`Category::Video`] (Video exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.controlFarEndCamera`
    FarEndCameraRateLimit,
    /// Occurs in `stream.startShareScreen` because the user denied the screen share.
    ///
    /// - Code: `6200`
    /// - Name: `SCREEN_SHARE_USER_DENIED`
    /// - Category: [`Category::ScreenShare`] (Screen share exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startShareScreen`
    ScreenShareUserDenied = 6200,
    /// Occurs in `stream.startShareScreen` because the permission in the system setting is not allowed.
    ///
    /// - Code: `6201`
    /// - Name: `SCREEN_SHARE_SYSTEM_DENIED`
    /// - Category: [`Category::ScreenShare`] (Screen share exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startShareScreen`
    ScreenShareSystemDenied,
    /// Occurs in `stream.startShareScreen` because the platform does not support the getDisplayMedia method.
    ///
    /// - Code: `6202`
    /// - Name: `SCREEN_SHARE_UNSUPPORTED`
    /// - Category: [`Category::ScreenShare`] (Screen share exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startShareScreen`
    ScreenShareUnsupported,
    /// Occurs in `stream.startShareScreen` because the user attempted to share their screen to subsessions while already in a subsession.
    ///
    /// - Code: `6203`
    /// - Name: `SCREEN_SHARE_SUBSESSION_CONFLICT`
    /// - Category: [`Category::ScreenShare`] (Screen share exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startShareScreen`
    ScreenShareSubsessionConflict,
    /// Occurs in `stream.startShareScreen` because only the host has the share privilege.
    ///
    /// - Code: `6204`
    /// - Name: `SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED`
    /// - Category: [`Category::ScreenShare`] (Screen share exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startShareScreen`
    ScreenShareHostPrivilegeRequired,
    /// Occurs in `stream.startShareScreen`, `stream.shareToBreakoutRoom`, `stream.enableOptimizeForSharedVideo`, or `stream.muteOthersScreenShare` because the screen share state does not match.
    ///
    /// - Code: `6205`
    /// - Name: `SCREEN_SHARE_MISMATCH_STATE`
    /// - Category: [`Category::ScreenShare`] (Screen share exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startShareScreen`
    /// - `stream.shareToBreakoutRoom`
    /// - `stream.enableOptimizeForSharedVideo`
    /// - `stream.muteOthersScreenShare`
    ScreenShareMismatchState,
    /// Occurs in `stream.startShareScreen` or `stream.enableOptimizeForSharedVideo` because the platform does not support the video share.
    ///
    /// - Code: `6206`
    /// - Name: `SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED`
    /// - Category: [`Category::ScreenShare`] (Screen share exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startShareScreen`
    /// - `stream.enableOptimizeForSharedVideo`
    ScreenShareOptimizeVideoUnsupported,
    /// Occurs in `stream.enableOptimizeForSharedVideo` because the host has enabled multiple screen sharing.
    ///
    /// - Code: `6207`
    /// - Name: `SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT`
    /// - Category: [`Category::ScreenShare`] (Screen share exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.enableOptimizeForSharedVideo`
    ScreenShareOptimizeVideoConflict,
    /// Occurs in `stream.setScreenSharePrivilege` because the privilege is invalid.
    ///
    /// - Code: `6208`
    /// - Name: `SCREEN_SHARE_INVALID_PRIVILEGE`
    /// - Category: [`Category::ScreenShare`] (Screen share exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.setScreenSharePrivilege`
    ScreenShareInvalidPrivilege,
    /// Occurs in `stream.startShareScreen` method because whiteboard sharing is currently in progress.
    ///
    /// - Code: `6220`
    /// - Name: `SCREEN_SHARE_WHITEBOARD_CONFLICT`
    /// - Category: [`Category::ScreenShare`] (Screen share exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startShareScreen`
    ScreenShareWhiteboardConflict = 6220,
    /// Error that occurs when calling `stream.attachShareView` and the number of rendered share views exceeds the limit.
    ///
    /// - Code: `6218`
    /// - Name: `SCREEN_SHARE_LIMIT_EXCEED`
    /// - Category: [`Category::ScreenShare`] (Screen share exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.attachShareView`
    ScreenShareLimitExceed = 6218,
    /// Occurs in `stream.startAnnotation` because the account doesn't support annotation.
    ///
    /// - Code: `6210`
    /// - Name: `SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE`
    /// - Category: [`Category::ShareAnnotation`] (Share annotation exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startAnnotation`
    ScreenShareAnnotationAccountDisable = 6210,
    /// Occurs in `stream.startAnnotation` because there is no active sharing session.
    ///
    /// - Code: `6211`
    /// - Name: `SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE`
    /// - Category: [`Category::ShareAnnotation`] (Share annotation exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startAnnotation`
    ScreenShareAnnotationNoActiveShare,
    /// Occurs in `stream.startAnnotation` because the sharing user disabled the annotation by `stream.changeAnnotationPrivilege`.
    ///
    /// - Code: `6212`
    /// - Name: `SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED`
    /// - Category: [`Category::ShareAnnotation`] (Share annotation exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startAnnotation`
    /// - `stream.changeAnnotationPrivilege`
    ScreenShareAnnotationPresenterDisabled,
    /// Occurs in `stream.startAnnotation` because annotation has already been started.
    ///
    /// - Code: `6213`
    /// - Name: `SCREEN_SHARE_ANNOTATION_DUPLICATE_START`
    /// - Category: [`Category::ShareAnnotation`] (Share annotation exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startAnnotation`
    ScreenShareAnnotationDuplicateStart,
    /// Occurs in `stream.startAnnotation` because of failing to start annotation.
    ///
    /// - Code: `6214`
    /// - Name: `SCREEN_SHARE_ANNOTATION_START_ERROR`
    /// - Category: [`Category::ShareAnnotation`] (Share annotation exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startAnnotation`
    ScreenShareAnnotationStartError,
    /// Occurs in `stream.getAnnotationController.clear` or `stream.getAnnotationController.setToolType` because the method parameter is invalid.
    ///
    /// - Code: `6215`
    /// - Name: `SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER`
    /// - Category: [`Category::ShareAnnotation`] (Share annotation exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.getAnnotationController.clear`
    /// - `stream.getAnnotationController.setToolType`
    ScreenShareAnnotationIncorrectParameter,
    /// Occurs in `stream.startAnnotation` because the current configuration doesn't support the annotation feature.
    ///
    /// - Code: `6216`
    /// - Name: `SCREEN_SHARE_ANNOTATION_NOT_SUPPORT`
    /// - Category: [`Category::ShareAnnotation`] (Share annotation exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.startAnnotation`
    ScreenShareAnnotationNotSupport,
    /// Occurs in `stream.stopAnnotation` because the annotation hasn't been started.
    ///
    /// - Code: `6217`
    /// - Name: `SCREEN_SHARE_ANNOTATION_NOT_START`
    /// - Category: [`Category::ShareAnnotation`] (Share annotation exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.stopAnnotation`
    ScreenShareAnnotationNotStart,
    /// Occurs in `stream.createProcessor` method due to share processor being unsupported on the platform.
    ///
    /// - Code: `6223`
    /// - Name: `SHARED_PROCESSOR_UNSUPPORTED`
    /// - Category: [`Category::ShareAnnotation`] (Share annotation exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.createProcessor`
    SharedProcessorUnsupported = 6223,
    /// Occurs in `stream.createProcessor` method due to a duplicate share processor creation.
    ///
    /// - Code: `6224`
    /// - Name: `SHARED_PROCESSOR_DUPLICATE_CREATE`
    /// - Category: [`Category::ShareAnnotation`] (Share annotation exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.createProcessor`
    SharedProcessorDuplicateCreate,
    /// Occurs in the `stream.addProcessor` and `stream.removeProcessor` methods when unable to find the target processor.
    ///
    /// - Code: `6225`
    /// - Name: `SHARED_PROCESSOR_MISMATCH_PROCESSOR`
    /// - Category: [`Category::ShareAnnotation`] (Share annotation exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.addProcessor`
    /// - `stream.removeProcessor`
    SharedProcessorMismatchProcessor,
    /// Occurs in the `stream.addProcessor` method due to adding more than one (1) share processor at the same time.
    ///
    /// - Code: `6226`
    /// - Name: `SHARED_PROCESSOR_LIMIT_EXCEED`
    /// - Category: [`Category::ShareAnnotation`] (Share annotation exception)
    ///
    /// Methods named in the description:
    ///
    /// - `stream.addProcessor`
    SharedProcessorLimitExceed,
    /// Occurs in `chat.send` because the message is empty.
    ///
    /// - Code: `7000`
    /// - Name: `CHAT_EMPTY_MESSAGE`
    /// - Category: [`Category::Chat`] (Chat exception)
    ///
    /// Methods named in the description:
    ///
    /// - `chat.send`
    ChatEmptyMessage = 7000,
    /// Occurs in `chat.send` because the user does not match.
    ///
    /// - Code: `7001`
    /// - Name: `CHAT_MISMATCH_USER`
    /// - Category: [`Category::Chat`] (Chat exception)
    ///
    /// Methods named in the description:
    ///
    /// - `chat.send`
    ChatMismatchUser,
    /// Occurs in `chat.send` because the privilege is not allowed.
    ///
    /// - Code: `7002`
    /// - Name: `CHAT_INSUFFICIENT_PRIVILEGE`
    /// - Category: [`Category::Chat`] (Chat exception)
    ///
    /// Methods named in the description:
    ///
    /// - `chat.send`
    ChatInsufficientPrivilege,
    /// Occurs in `chat.setPrivilege` because only the host or manager can set the privilege.
    ///
    /// - Code: `7003`
    /// - Name: `CHAT_INVALID_PRIVILEGE`
    /// - Category: [`Category::Chat`] (Chat exception)
    ///
    /// Methods named in the description:
    ///
    /// - `chat.setPrivilege`
    ChatInvalidPrivilege,
    /// Occurs in `chat.setPrivilege` or `chat.sendFile` method because the user is in a subsession.
    ///
    /// - Code: `7004`
    /// - Name: `CHAT_SUBSESSION_CONFLICT`
    /// - Category: [`Category::Chat`] (Chat exception)
    ///
    /// Methods named in the description:
    ///
    /// - `chat.setPrivilege`
    /// - `chat.sendFile`
    ChatSubsessionConflict,
    /// Occurs in `chat.sendFile` because the file is empty.
    ///
    /// - Code: `7005`
    /// - Name: `CHAT_EMPTY_FILE`
    /// - Category: [`Category::Chat`] (Chat exception)
    ///
    /// Methods named in the description:
    ///
    /// - `chat.sendFile`
    ChatEmptyFile,
    /// Occurs in `chat.sendFile` because the retry token is invalid.
    ///
    /// - Code: `7006`
    /// - Name: `CHAT_INVALID_RETRY_TOKEN`
    /// - Category: [`Category::Chat`] (Chat exception)
    ///
    /// Methods named in the description:
    ///
    /// - `chat.sendFile`
    ChatInvalidRetryToken,
    /// Occurs in `chat.sendFile` because the file is not in the allowed file type. See the account setting to update the allowed file types.
    ///
    /// - Code: `7007`
    /// - Name: `CHAT_MISMATCH_FILE_TYPE`
    /// - Category: [`Category::Chat`] (Chat exception)
    ///
    /// Methods named in the description:
    ///
    /// - `chat.sendFile`
    ChatMismatchFileType,
    /// Occurs in `chat.sendFile` because the file size exceed the maximum size. See the account setting to update the file size limit.
    ///
    /// - Code: `7008`
    /// - Name: `CHAT_EXCEED_FILE_SIZE`
    /// - Category: [`Category::Chat`] (Chat exception)
    ///
    /// Methods named in the description:
    ///
    /// - `chat.sendFile`
    ChatExceedFileSize,
    /// Occurs in `chat.downloadFile` because the message ID or file URL is invalid.
    ///
    /// - Code: `7009`
    /// - Name: `CHAT_INVALID_MSG_ID_OR_URL`
    /// - Category: [`Category::Chat`] (Chat exception)
    ///
    /// Methods named in the description:
    ///
    /// - `chat.downloadFile`
    ChatInvalidMsgIdOrUrl,
    /// Occurs in `chat.sendFile` because the file transfer function is disabled in the account.
    ///
    /// - Code: `7010`
    /// - Name: `CHAT_FILE_ACCOUNT_DISABLE`
    /// - Category: [`Category::Chat`] (Chat exception)
    ///
    /// Methods named in the description:
    ///
    /// - `chat.sendFile`
    ChatFileAccountDisable,
    /// Occurs in `chat.deleteMessage` because the delete chat message is disabled in the account.
    ///
    /// - Code: `7011`
    /// - Name: `CHAT_DELETE_ACCOUNT_DISABLE`
    /// - Category: [`Category::Chat`] (Chat exception)
    ///
    /// Methods named in the description:
    ///
    /// - `chat.deleteMessage`
    ChatDeleteAccountDisable,
    /// Occurs in `cmd.send` because the message is empty.
    ///
    /// - Code: `7100`
    /// - Name: `CMD_EMPTY_MESSAGE`
    /// - Category: [`Category::CommandChannel`] (Command channel exception)
    ///
    /// Methods named in the description:
    ///
    /// - `cmd.send`
    CmdEmptyMessage = 7100,
    /// Occurs in `cmd.send` because the user does not match.
    ///
    /// - Code: `7101`
    /// - Name: `CMD_MISMATCH_USER`
    /// - Category: [`Category::CommandChannel`] (Command channel exception)
    ///
    /// Methods named in the description:
    ///
    /// - `cmd.send`
    CmdMismatchUser,
    /// Occurs in `cmd.send` because the message type is not a string.
    ///
    /// - Code: `7102`
    /// - Name: `CMD_INVALID_MESSAGE_TYPE`
    /// - Category: [`Category::CommandChannel`] (Command channel exception)
    ///
    /// Methods named in the description:
    ///
    /// - `cmd.send`
    CmdInvalidMessageType,
    /// Occurs in `cmd.send` because the message length exceeded the maximum length of 512 bytes.
    ///
    /// - Code: `7103`
    /// - Name: `CMD_EXCEED_MESSAGE_LENGTH`
    /// - Category: [`Category::CommandChannel`] (Command channel exception)
    ///
    /// Methods named in the description:
    ///
    /// - `cmd.send`
    CmdExceedMessageLength,
    /// Occurs in `cmd.send` because the channel is not ready.
    ///
    /// - Code: `7104`
    /// - Name: `CMD_CHANNEL_NOT_READY`
    /// - Category: [`Category::CommandChannel`] (Command channel exception)
    ///
    /// Methods named in the description:
    ///
    /// - `cmd.send`
    CmdChannelNotReady,
    /// Occurs in `recording.startCloudRecording` because cloud recording is not enabled in the account settings.
    ///
    /// - Code: `7200`
    /// - Name: `RECORDING_ACCOUNT_DISABLE`
    /// - Category: [`Category::Recording`] (Recording exception)
    ///
    /// Methods named in the description:
    ///
    /// - `recording.startCloudRecording`
    RecordingAccountDisable = 7200,
    /// Occurs in `recording.startCloudRecording` because pausing or stopping cloud recording is forbidden in the account setting.
    ///
    /// - Code: `7201`
    /// - Name: `RECORDING_STOP_FORBIDDEN`
    /// - Category: [`Category::Recording`] (Recording exception)
    ///
    /// Methods named in the description:
    ///
    /// - `recording.startCloudRecording`
    RecordingStopForbidden,
    /// Occurs in `recording.startCloudRecording` because the recording state does not match.
    ///
    /// - Code: `7202`
    /// - Name: `RECORDING_MISMATCH_STATE`
    /// - Category: [`Category::Recording`] (Recording exception)
    ///
    /// Methods named in the description:
    ///
    /// - `recording.startCloudRecording`
    RecordingMismatchState,
    /// Occurs in `recording.acceptIndividualRecording` because individual recording is not enabled.
    ///
    /// - Code: `7203`
    /// - Name: `RECORDING_ISO_DISABLE`
    /// - Category: [`Category::Recording`] (Recording exception)
    ///
    /// Methods named in the description:
    ///
    /// - `recording.acceptIndividualRecording`
    RecordingIsoDisable,
    /// Occurs in `liveTranscription.startLiveTranscription` because the feature is disabled in the account settings.
    ///
    /// - Code: `7300`
    /// - Name: `TRANSCRIPTION_ACCOUNT_DISABLE`
    /// - Category: [`Category::LiveTranscription`] (Live transcription exception)
    ///
    /// Methods named in the description:
    ///
    /// - `liveTranscription.startLiveTranscription`
    TranscriptionAccountDisable = 7300,
    /// Occurs in `liveTranscription.startLiveTranscription` because the feature is disabled by the session host.
    ///
    /// - Code: `7301`
    /// - Name: `TRANSCRIPTION_FEATURE_DISABLE`
    /// - Category: [`Category::LiveTranscription`] (Live transcription exception)
    ///
    /// Methods named in the description:
    ///
    /// - `liveTranscription.startLiveTranscription`
    TranscriptionFeatureDisable,
    /// Occurs in `liveTranscription.setSpeakingLanguage` because the language is not supported.
    ///
    /// - Code: `7302`
    /// - Name: `TRANSCRIPTION_LANGUAGE_UNSUPPORTED`
    /// - Category: [`Category::LiveTranscription`] (Live transcription exception)
    ///
    /// Methods named in the description:
    ///
    /// - `liveTranscription.setSpeakingLanguage`
    TranscriptionLanguageUnsupported,
    /// Occurs in `liveTranscription.setSpeakingLanguage` or `liveTranscription.setTranslationLanguage` because the transcription has not been supported.
    ///
    /// - Code: `7303`
    /// - Name: `TRANSCRIPTION_MISMATCH_STATE`
    /// - Category: [`Category::LiveTranscription`] (Live transcription exception)
    ///
    /// Methods named in the description:
    ///
    /// - `liveTranscription.setSpeakingLanguage`
    /// - `liveTranscription.setTranslationLanguage`
    TranscriptionMismatchState,
    /// Occurs in `liveTranscription.setTranslationLanguage` because the feature is disabled in the account settings.
    ///
    /// - Code: `7304`
    /// - Name: `TRANSLATION_ACCOUNT_DISABLE`
    /// - Category: [`Category::LiveTranscription`] (Live transcription exception)
    ///
    /// Methods named in the description:
    ///
    /// - `liveTranscription.setTranslationLanguage`
    TranslationAccountDisable,
    /// Occurs in `liveTranscription.setTranslationLanguage` because the translation language is not supported.
    ///
    /// - Code: `7305`
    /// - Name: `TRANSLATION_LANGUAGE_UNSUPPORTED`
    /// - Category: [`Category::LiveTranscription`] (Live transcription exception)
    ///
    /// Methods named in the description:
    ///
    /// - `liveTranscription.setTranslationLanguage`
    TranslationLanguageUnsupported,
    /// Error that occurs when calling `liveTranscription.lockTranscriptionLanguage` while the transcription language is already locked by the host.
    ///
    /// - Code: `7310`
    /// - Name: `TRANSCRIPTION_LANGUAGE_LOCKED`
    /// - Category: [`Category::LiveTranscription`] (Live transcription exception)
    ///
    /// Methods named in the description:
    ///
    /// - `liveTranscription.lockTranscriptionLanguage`
    TranscriptionLanguageLocked = 7310,
    /// Occurs in `liveStream.startLiveStream` because the live stream is disabled in the account settings.
    ///
    /// - Code: `7400`
    /// - Name: `LIVE_STREAM_ACCOUNT_DISABLE`
    /// - Category: [`Category::LiveStream`] (Live stream exception)
    ///
    /// Methods named in the description:
    ///
    /// - `liveStream.startLiveStream`
    LiveStreamAccountDisable = 7400,
    /// Occurs in `liveStream.startLiveStream` because the parameter is invalid.
    ///
    /// - Code: `7401`
    /// - Name: `LIVE_STREAM_INVALID_PARAMETER`
    /// - Category: [`Category::LiveStream`] (Live stream exception)
    ///
    /// Methods named in the description:
    ///
    /// - `liveStream.startLiveStream`
    LiveStreamInvalidParameter,
    /// Occurs in `liveStream.startLiveStream` because the live stream is in progress.
    ///
    /// - Code: `7402`
    /// - Name: `LIVE_STREAM_MISMATCH_STATE`
    /// - Category: [`Category::LiveStream`] (Live stream exception)
    ///
    /// Methods named in the description:
    ///
    /// - `liveStream.startLiveStream`
    LiveStreamMismatchState,
    /// Occurs in `subsession.createSubsessions` because the subsession function is disabled in the account settings.
    ///
    /// - Code: `7500`
    /// - Name: `SUBSESSION_ACCOUNT_DISABLE`
    /// - Category: [`Category::Subsession`] (Subsession exception)
    ///
    /// Methods named in the description:
    ///
    /// - `subsession.createSubsessions`
    SubsessionAccountDisable = 7500,
    /// Occurs in `subsession.createSubsessions` because the number of created subsessions has exceeded the maximum limit of 100.
    ///
    /// - Code: `7501`
    /// - Name: `SUBSESSION_EXCEED_CAPACITY`
    /// - Category: [`Category::Subsession`] (Subsession exception)
    ///
    /// Methods named in the description:
    ///
    /// - `subsession.createSubsessions`
    SubsessionExceedCapacity,
    /// Occurs in `subsession.openSubsessions`, `subsession.joinSubsession`, `subsession.assignUserToSubsession`, or `subsession.moveUserToSubsession` because the subsession ID is incorrect.
    ///
    /// - Code: `7502`
    /// - Name: `SUBSESSION_MISMATCH_ID`
    /// - Category: [`Category::Subsession`] (Subsession exception)
    ///
    /// Methods named in the description:
    ///
    /// - `subsession.openSubsessions`
    /// - `subsession.joinSubsession`
    /// - `subsession.assignUserToSubsession`
    /// - `subsession.moveUserToSubsession`
    SubsessionMismatchId,
    /// Occurs in `subsession.openSubsessions`, `subsession.moveBackToMainSession`, `subsession.assignUserToSubsession`, or `subsession.moveUserToSubsession` because the user ID is incorrect.
    ///
    /// - Code: `7503`
    /// - Name: `SUBSESSION_MISMATCH_USER`
    /// - Category: [`Category::Subsession`] (Subsession exception)
    ///
    /// Methods named in the description:
    ///
    /// - `subsession.openSubsessions`
    /// - `subsession.moveBackToMainSession`
    /// - `subsession.assignUserToSubsession`
    /// - `subsession.moveUserToSubsession`
    SubsessionMismatchUser,
    /// Occurs in `subsession.openSubsessions` or other methods because the subsession status is not correct.
    ///
    /// - Code: `7504`
    /// - Name: `SUBSESSION_MISMATCH_STATE`
    /// - Category: [`Category::Subsession`] (Subsession exception)
    ///
    /// Methods named in the description:
    ///
    /// - `subsession.openSubsessions`
    SubsessionMismatchState,
    /// Occurs in `subsession.leaveSubsession` because the host restricts users from leaving the subsession.
    ///
    /// - Code: `7505`
    /// - Name: `SUBSESSION_EXIT_RESTRICTED`
    /// - Category: [`Category::Subsession`] (Subsession exception)
    ///
    /// Methods named in the description:
    ///
    /// - `subsession.leaveSubsession`
    SubsessionExitRestricted,
    /// Occurs in `subsession.broadcast` because the broadcast message function is disabled in the account.
    ///
    /// - Code: `7506`
    /// - Name: `SUBSESSION_BROADCAST_DISABLE`
    /// - Category: [`Category::Subsession`] (Subsession exception)
    ///
    /// Methods named in the description:
    ///
    /// - `subsession.broadcast`
    SubsessionBroadcastDisable,
    /// Occurs in `subsession.broadcast` because the message is empty or an invalid string.
    ///
    /// - Code: `7507`
    /// - Name: `SUBSESSION_BROADCAST_INVALID_CONTENT`
    /// - Category: [`Category::Subsession`] (Subsession exception)
    ///
    /// Methods named in the description:
    ///
    /// - `subsession.broadcast`
    SubsessionBroadcastInvalidContent,
    /// Occurs in `subsession.startBroadcastVoice` because broadcast voice is disabled in the account.
    ///
    /// - Code: `7508`
    /// - Name: `SUBSESSION_BROADCAST_VOICE_DISABLE`
    /// - Category: [`Category::Subsession`] (Subsession exception)
    ///
    /// Methods named in the description:
    ///
    /// - `subsession.startBroadcastVoice`
    SubsessionBroadcastVoiceDisable,
    /// Occurs in `subsession.startBroadcastVoice` because the host cannot broadcast voice within a subsession.
    ///
    /// - Code: `7509`
    /// - Name: `SUBSESSION_BROADCAST_VOICE_RESTRICTED`
    /// - Category: [`Category::Subsession`] (Subsession exception)
    ///
    /// Methods named in the description:
    ///
    /// - `subsession.startBroadcastVoice`
    SubsessionBroadcastVoiceRestricted,
    /// Occurs in `subsession.startBroadcastVoice` or `subsession.stopBroadcastVoice` because the host cannot broadcast voice without an active audio connection during the session.
    ///
    /// - Code: `7510`
    /// - Name: `SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE`
    /// - Category: [`Category::Subsession`] (Subsession exception)
    ///
    /// Methods named in the description:
    ///
    /// - `subsession.startBroadcastVoice`
    /// - `subsession.stopBroadcastVoice`
    SubsessionBroadcastVoiceMismatchState,
    /// Occurs in `broadcastStreamingClient.startBroadcast` because the feature is disabled in the account setting.
    ///
    /// - Code: `7900`
    /// - Name: `BROADCAST_STREAMING_ACCOUNT_DISABLE`
    /// - Category: [`Category::BroadcastStreaming`] (Broadcast streaming exception)
    ///
    /// Methods named in the description:
    ///
    /// - `broadcastStreamingClient.startBroadcast`
    BroadcastStreamingAccountDisable = 7900,
    /// Occurs in `broadcastStreamingClient.startBroadcast` because the status is incorrect.
    ///
    /// - Code: `7901`
    /// - Name: `BROADCAST_STREAMING_MISMATCH_STATE`
    /// - Category: [`Category::BroadcastStreaming`] (Broadcast streaming exception)
    ///
    /// Methods named in the description:
    ///
    /// - `broadcastStreamingClient.startBroadcast`
    BroadcastStreamingMismatchState,
    /// Occurs in `broadcastStreamingClient.stopBroadcast` because the channel ID in current case is required.
    ///
    /// - Code: `7902`
    /// - Name: `BROADCAST_STREAMING_INVALID_CHANNEL_ID`
    /// - Category: [`Category::BroadcastStreaming`] (Broadcast streaming exception)
    ///
    /// Methods named in the description:
    ///
    /// - `broadcastStreamingClient.stopBroadcast`
    BroadcastStreamingInvalidChannelId,
    /// Occurs in `whiteboard.startWhiteboardScreen` method because the whiteboard feature is not enabled in the account setting.
    ///
    /// - Code: `8000`
    /// - Name: `WHITEBOARD_ACCOUNT_DISABLE`
    /// - Category: [`Category::Whiteboard`] (Whiteboard exception)
    ///
    /// Methods named in the description:
    ///
    /// - `whiteboard.startWhiteboardScreen`
    WhiteboardAccountDisable = 8000,
    /// Occurs in `whiteboard.startWhiteboardScreen` method because the whiteboard feature is not supported on the current platform (mobile browsers).
    ///
    /// - Code: `8001`
    /// - Name: `WHITEBOARD_UNSUPPORTED`
    /// - Category: [`Category::Whiteboard`] (Whiteboard exception)
    ///
    /// Methods named in the description:
    ///
    /// - `whiteboard.startWhiteboardScreen`
    WhiteboardUnsupported,
    /// Occurs in `whiteboard.startWhiteboardScreen` method because screen sharing is currently in progress.
    ///
    /// - Code: `8002`
    /// - Name: `WHITEBOARD_SCREEN_SHARE_CONFLICT`
    /// - Category: [`Category::Whiteboard`] (Whiteboard exception)
    ///
    /// Methods named in the description:
    ///
    /// - `whiteboard.startWhiteboardScreen`
    WhiteboardScreenShareConflict,
    /// Occurs in `whiteboard.startWhiteboardScreen` or `whiteboard.exportWhiteboard` methods because the whiteboard state does not match the required state.
    ///
    /// - Code: `8003`
    /// - Name: `WHITEBOARD_MISMATCH_STATE`
    /// - Category: [`Category::Whiteboard`] (Whiteboard exception)
    ///
    /// Methods named in the description:
    ///
    /// - `whiteboard.startWhiteboardScreen`
    /// - `whiteboard.exportWhiteboard`
    WhiteboardMismatchState,
    /// Occurs in `whiteboard.startWhiteboardScreen` method because only the host or manager has permission to perform this action.
    ///
    /// - Code: `8004`
    /// - Name: `WHITEBOARD_HOST_PRIVILEGE_REQUIRED`
    /// - Category: [`Category::Whiteboard`] (Whiteboard exception)
    ///
    /// Methods named in the description:
    ///
    /// - `whiteboard.startWhiteboardScreen`
    WhiteboardHostPrivilegeRequired,
    /// Occurs in `whiteboard.startWhiteboardScreen` or `whiteboard.stopWhiteboardScreen` or `whiteboard.startWhiteboardView` methods because the parameter is invalid (e.g., invalid document ID, template ID, or presenter ID).
    ///
    /// - Code: `8005`
    /// - Name: `WHITEBOARD_INVALID_PARAMETER`
    /// - Category: [`Category::Whiteboard`] (Whiteboard exception)
    ///
    /// Methods named in the description:
    ///
    /// - `whiteboard.startWhiteboardScreen`
    /// - `whiteboard.stopWhiteboardScreen`
    /// - `whiteboard.startWhiteboardView`
    WhiteboardInvalidParameter,
    /// Occurs in `whiteboard.exportWhiteboard` method because the whiteboard export feature has been disabled for the current session.
    ///
    /// - Code: `8006`
    /// - Name: `WHITEBOARD_EXPORT_DISABLE`
    /// - Category: [`Category::Whiteboard`] (Whiteboard exception)
    ///
    /// Methods named in the description:
    ///
    /// - `whiteboard.exportWhiteboard`
    WhiteboardExportDisable,
    /// Occurs in `realTimeMediaStreamsClient.startRealTimeMediaStreams` method because the real-time media streams feature is not enabled in the account setting.
    ///
    /// - Code: `8100`
    /// - Name: `REAL_TIME_MEDIA_STREAMS_NOT_ENABLED`
    /// - Category: [`Category::RealTimeMediaStreams`] (Real-time media streams exception)
    ///
    /// Methods named in the description:
    ///
    /// - `realTimeMediaStreamsClient.startRealTimeMediaStreams`
    RealTimeMediaStreamsNotEnabled = 8100,
    /// Occurs in `realTimeMediaStreamsClient.startRealTimeMediaStreams` or `realTimeMediaStreamsClient.stopRealTimeMediaStreams` methods because the real-time media streams state does not match the required state.
    ///
    /// - Code: `8101`
    /// - Name: `REAL_TIME_MEDIA_STREAMS_INVALID_STATE`
    /// - Category: [`Category::RealTimeMediaStreams`] (Real-time media streams exception)
    ///
    /// Methods named in the description:
    ///
    /// - `realTimeMediaStreamsClient.startRealTimeMediaStreams`
    /// - `realTimeMediaStreamsClient.stopRealTimeMediaStreams`
    RealTimeMediaStreamsInvalidState,
    /// Occurs in `realTimeMediaStreamsClient.startRealTimeMediaStreams` method because real-time media streams is not supported in breakout rooms.
    ///
    /// - Code: `8102`
    /// - Name: `REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM`
    /// - Category: [`Category::RealTimeMediaStreams`] (Real-time media streams exception)
    ///
    /// Methods named in the description:
    ///
    /// - `realTimeMediaStreamsClient.startRealTimeMediaStreams`
    RealTimeMediaStreamsNotSupportedInBreakoutRoom,
    /// Occurs in `voiceTranslatorClient.startVoiceTranslator` or `voiceTranslatorClient.setSpeakingLanguage` methods because the voice translator feature is not enabled in the account setting.
    ///
    /// - Code: `8200`
    /// - Name: `VOICE_TRANSLATOR_ACCOUNT_DISABLE`
    /// - Category: [`Category::VoiceTranslator`] (Voice translator exception)
    ///
    /// Methods named in the description:
    ///
    /// - `voiceTranslatorClient.startVoiceTranslator`
    /// - `voiceTranslatorClient.setSpeakingLanguage`
    VoiceTranslatorAccountDisable = 8200,
    /// Occurs in `voiceTranslatorClient.setSpeakingLanguage` method because the voice translator language list is not available.
    ///
    /// - Code: `8201`
    /// - Name: `VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST`
    /// - Category: [`Category::VoiceTranslator`] (Voice translator exception)
    ///
    /// Methods named in the description:
    ///
    /// - `voiceTranslatorClient.setSpeakingLanguage`
    VoiceTranslatorNoAvailableLanguageList,
    /// Occurs in `voiceTranslatorClient.setListeningLanguage` or `voiceTranslatorClient.setOriginalAudioBalance` or `voiceTranslatorClient.setTranslatedVoiceStyle` methods because the voice translator must be started before performing the action.
    ///
    /// - Code: `8202`
    /// - Name: `VOICE_TRANSLATOR_MISMATCH_STATE`
    /// - Category: [`Category::VoiceTranslator`] (Voice translator exception)
    ///
    /// Methods named in the description:
    ///
    /// - `voiceTranslatorClient.setListeningLanguage`
    /// - `voiceTranslatorClient.setOriginalAudioBalance`
    /// - `voiceTranslatorClient.setTranslatedVoiceStyle`
    VoiceTranslatorMismatchState,
    /// Occurs in `voiceTranslatorClient.setSpeakingLanguage` or `voiceTranslatorClient.setListeningLanguage` methods because the specified language is not supported.
    ///
    /// - Code: `8203`
    /// - Name: `VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED`
    /// - Category: [`Category::VoiceTranslator`] (Voice translator exception)
    ///
    /// Methods named in the description:
    ///
    /// - `voiceTranslatorClient.setSpeakingLanguage`
    /// - `voiceTranslatorClient.setListeningLanguage`
    VoiceTranslatorLanguageUnsupported,
    /// Occurs in `voiceTranslatorClient.setOriginalAudioBalance` method because the balance value is not within the valid range (0 to 1).
    ///
    /// - Code: `8204`
    /// - Name: `VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE`
    /// - Category: [`Category::VoiceTranslator`] (Voice translator exception)
    ///
    /// Methods named in the description:
    ///
    /// - `voiceTranslatorClient.setOriginalAudioBalance`
    VoiceTranslatorIncorrectBalanceRange,
    /// Occurs in `voiceTranslatorClient.setTranslatedVoiceStyle` method because the specified voice timbre ID is invalid or not found.
    ///
    /// - Code: `8205`
    /// - Name: `VOICE_TRANSLATOR_INCORRECT_TIMBRE`
    /// - Category: [`Category::VoiceTranslator`] (Voice translator exception)
    ///
    /// Methods named in the description:
    ///
    /// - `voiceTranslatorClient.setTranslatedVoiceStyle`
    VoiceTranslatorIncorrectTimbre,
    /// Occurs in incoming live stream methods when the streamId parameter is empty or does not match the currently bound stream.
    ///
    /// - Code: `7450`
    /// - Name: `INCOMING_LIVE_STREAM_INVALID_PARAMETER`
    /// - Category: [`Category::IncomingLiveStream`] (Incoming live stream exception)
    IncomingLiveStreamInvalidParameter = 7450,
    /// Occurs in incoming live stream methods when a state mismatch is detected. For example:
    ///
    /// - Code: `7451`
    /// - Name: `INCOMING_LIVE_STREAM_MISMATCH_STATE`
    /// - Category: [`Category::IncomingLiveStream`] (Incoming live stream exception)
    ///
    /// Details:
    ///
    /// - Calling bindIncomingLiveStream from within a breakout room
    /// - Binding a new stream while the current stream is already RTMP-connected
    /// - Calling startIncomingLiveStream when isRTMPConnected is false
    /// - Calling stopIncomingLiveStream when isRTMPConnected is false
    IncomingLiveStreamMismatchState,
}
impl ErrorCode {
    /// Every code, in catalogue order.
    pub const ALL: &'static [ErrorCode] = &[
        ErrorCode::OperationTimeout,
        ErrorCode::InternalError,
        ErrorCode::OperationCancelled,
        ErrorCode::SessionFetchInfoError,
        ErrorCode::SessionIncorrectPasscode,
        ErrorCode::SessionUserRemoved,
        ErrorCode::SessionRoleTypeError,
        ErrorCode::SessionInvalidParameter,
        ErrorCode::SessionEnded,
        ErrorCode::SessionExceedCapacity,
        ErrorCode::ClientPlatformUnsupported,
        ErrorCode::ClientDependentAssetsInaccessible,
        ErrorCode::ClientSessionStateClosed,
        ErrorCode::ClientSessionStateReconnecting,
        ErrorCode::ClientHostOrManagerPermissionRequired,
        ErrorCode::ClientHostPermissionRequired,
        ErrorCode::ClientOriginHostPermissionRequired,
        ErrorCode::ClientMismatchUser,
        ErrorCode::ClientDuplicatedJoin,
        ErrorCode::ClientInvalidJoinParameter,
        ErrorCode::ClientHostDisallowRename,
        ErrorCode::StreamMismatchDevice,
        ErrorCode::StreamMismatchUser,
        ErrorCode::StreamSessionJoinRequired,
        ErrorCode::StreamMismatchRenderElement,
        ErrorCode::AudioCaptureFailed,
        ErrorCode::AudioCaptureLoading,
        ErrorCode::AudioInPstn,
        ErrorCode::AudioEncodingRequired,
        ErrorCode::AudioShareAudioConflict,
        ErrorCode::AudioNotStarted,
        ErrorCode::SecondaryAudioUnsupported,
        ErrorCode::SecondaryAudioDeviceConflict,
        ErrorCode::SecondaryAudioScreenSharingConflict,
        ErrorCode::SecondaryAudioNotStarted,
        ErrorCode::PstnMismatchCountryCode,
        ErrorCode::PstnNotConnected,
        ErrorCode::CrcNotConnected,
        ErrorCode::AudioProcessorUnsupported,
        ErrorCode::AudioProcessorDuplicateCreate,
        ErrorCode::AudioProcessorMismatchProcessor,
        ErrorCode::AudioProcessorLimitExceed,
        ErrorCode::VideoCameraPermissionDenied,
        ErrorCode::VideoNoCamera,
        ErrorCode::VideoMismatchCamera,
        ErrorCode::VideoCameraTaken,
        ErrorCode::VideoVbInitializeError,
        ErrorCode::VideoCaptureLoading,
        ErrorCode::VideoVbUnsupported,
        ErrorCode::VideoVbProcessorConflict,
        ErrorCode::VideoMismatchState,
        ErrorCode::VideoEstablishStreamError,
        ErrorCode::VideoRenderLimitExceed,
        ErrorCode::VideoMethodDeprecated,
        ErrorCode::VideoVbImageInaccessible,
        ErrorCode::VideoVbMismatchState,
        ErrorCode::VideoMaskImageInaccessible,
        ErrorCode::VideoMaskProcessorConflict,
        ErrorCode::VideoSpotlightMismatchState,
        ErrorCode::VideoSpotlightMultiConflict,
        ErrorCode::VideoProcessorUnsupported,
        ErrorCode::VideoProcessorLimitExceed,
        ErrorCode::VideoProcessorDuplicateCreate,
        ErrorCode::VideoProcessorMismatchProcessor,
        ErrorCode::FarEndCameraControlDeviceUnsupported,
        ErrorCode::FarEndCameraControlMismatchState,
        ErrorCode::FarEndCameraPermissionRequired,
        ErrorCode::FarEndCameraInvalidRange,
        ErrorCode::FarEndCameraRateLimit,
        ErrorCode::ScreenShareUserDenied,
        ErrorCode::ScreenShareSystemDenied,
        ErrorCode::ScreenShareUnsupported,
        ErrorCode::ScreenShareSubsessionConflict,
        ErrorCode::ScreenShareHostPrivilegeRequired,
        ErrorCode::ScreenShareMismatchState,
        ErrorCode::ScreenShareOptimizeVideoUnsupported,
        ErrorCode::ScreenShareOptimizeVideoConflict,
        ErrorCode::ScreenShareInvalidPrivilege,
        ErrorCode::ScreenShareWhiteboardConflict,
        ErrorCode::ScreenShareLimitExceed,
        ErrorCode::ScreenShareAnnotationAccountDisable,
        ErrorCode::ScreenShareAnnotationNoActiveShare,
        ErrorCode::ScreenShareAnnotationPresenterDisabled,
        ErrorCode::ScreenShareAnnotationDuplicateStart,
        ErrorCode::ScreenShareAnnotationStartError,
        ErrorCode::ScreenShareAnnotationIncorrectParameter,
        ErrorCode::ScreenShareAnnotationNotSupport,
        ErrorCode::ScreenShareAnnotationNotStart,
        ErrorCode::SharedProcessorUnsupported,
        ErrorCode::SharedProcessorDuplicateCreate,
        ErrorCode::SharedProcessorMismatchProcessor,
        ErrorCode::SharedProcessorLimitExceed,
        ErrorCode::ChatEmptyMessage,
        ErrorCode::ChatMismatchUser,
        ErrorCode::ChatInsufficientPrivilege,
        ErrorCode::ChatInvalidPrivilege,
        ErrorCode::ChatSubsessionConflict,
        ErrorCode::ChatEmptyFile,
        ErrorCode::ChatInvalidRetryToken,
        ErrorCode::ChatMismatchFileType,
        ErrorCode::ChatExceedFileSize,
        ErrorCode::ChatInvalidMsgIdOrUrl,
        ErrorCode::ChatFileAccountDisable,
        ErrorCode::ChatDeleteAccountDisable,
        ErrorCode::CmdEmptyMessage,
        ErrorCode::CmdMismatchUser,
        ErrorCode::CmdInvalidMessageType,
        ErrorCode::CmdExceedMessageLength,
        ErrorCode::CmdChannelNotReady,
        ErrorCode::RecordingAccountDisable,
        ErrorCode::RecordingStopForbidden,
        ErrorCode::RecordingMismatchState,
        ErrorCode::RecordingIsoDisable,
        ErrorCode::TranscriptionAccountDisable,
        ErrorCode::TranscriptionFeatureDisable,
        ErrorCode::TranscriptionLanguageUnsupported,
        ErrorCode::TranscriptionMismatchState,
        ErrorCode::TranslationAccountDisable,
        ErrorCode::TranslationLanguageUnsupported,
        ErrorCode::TranscriptionLanguageLocked,
        ErrorCode::LiveStreamAccountDisable,
        ErrorCode::LiveStreamInvalidParameter,
        ErrorCode::LiveStreamMismatchState,
        ErrorCode::SubsessionAccountDisable,
        ErrorCode::SubsessionExceedCapacity,
        ErrorCode::SubsessionMismatchId,
        ErrorCode::SubsessionMismatchUser,
        ErrorCode::SubsessionMismatchState,
        ErrorCode::SubsessionExitRestricted,
        ErrorCode::SubsessionBroadcastDisable,
        ErrorCode::SubsessionBroadcastInvalidContent,
        ErrorCode::SubsessionBroadcastVoiceDisable,
        ErrorCode::SubsessionBroadcastVoiceRestricted,
        ErrorCode::SubsessionBroadcastVoiceMismatchState,
        ErrorCode::BroadcastStreamingAccountDisable,
        ErrorCode::BroadcastStreamingMismatchState,
        ErrorCode::BroadcastStreamingInvalidChannelId,
        ErrorCode::WhiteboardAccountDisable,
        ErrorCode::WhiteboardUnsupported,
        ErrorCode::WhiteboardScreenShareConflict,
        ErrorCode::WhiteboardMismatchState,
        ErrorCode::WhiteboardHostPrivilegeRequired,
        ErrorCode::WhiteboardInvalidParameter,
        ErrorCode::WhiteboardExportDisable,
        ErrorCode::RealTimeMediaStreamsNotEnabled,
        ErrorCode::RealTimeMediaStreamsInvalidState,
        ErrorCode::RealTimeMediaStreamsNotSupportedInBreakoutRoom,
        ErrorCode::VoiceTranslatorAccountDisable,
        ErrorCode::VoiceTranslatorNoAvailableLanguageList,
        ErrorCode::VoiceTranslatorMismatchState,
        ErrorCode::VoiceTranslatorLanguageUnsupported,
        ErrorCode::VoiceTranslatorIncorrectBalanceRange,
        ErrorCode::VoiceTranslatorIncorrectTimbre,
        ErrorCode::IncomingLiveStreamInvalidParameter,
        ErrorCode::IncomingLiveStreamMismatchState,
    ];
    /// What the catalogue says about this code.
    const fn entry(self) -> &'static ErrorCodeEntry {
        match self {
            ErrorCode::OperationTimeout => &ErrorCodeEntry {
                name: "OPERATION_TIMEOUT",
                description: "",
                category: Category::Common,
                methods: NO_TEXTS,
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::InternalError => &ErrorCodeEntry {
                name: "INTERNAL_ERROR",
                description: "",
                category: Category::Common,
                methods: NO_TEXTS,
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::OperationCancelled => &ErrorCodeEntry {
                name: "OPERATION_CANCELLED",
                description: "Operation was cancelled due to session state changes. This occurs when an ongoing operation is interrupted by:",
                category: Category::Common,
                methods: NO_TEXTS,
                details: &["Session termination (LEAVING_MEETING)", "Failed session join (JOIN_MEETING_FAILED)", "Session reconnection process (RECONNECTING_MEETING)", "The operation promise will be rejected with this error code when meeting state changes make the operation invalid"],
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SessionFetchInfoError => &ErrorCodeEntry {
                name: "SESSION_FETCH_INFO_ERROR",
                description: "Session creation or retrieval error. Usually caused by an incorrect field value in the JWT token.",
                category: Category::Session,
                methods: NO_TEXTS,
                details: &["connection error", "The token has expired, is over 2 days old, or is ineffective", "Password max of 10 characters", "This account does not exist or does not belong to you", "Verify JWT failed", "invalid session key"],
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SessionIncorrectPasscode => &ErrorCodeEntry {
                name: "SESSION_INCORRECT_PASSCODE",
                description: "The session passcode is incorrect.",
                category: Category::Session,
                methods: NO_TEXTS,
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SessionUserRemoved => &ErrorCodeEntry {
                name: "SESSION_USER_REMOVED",
                description: "The user was removed by the session host and is prevented from rejoining the same session.",
                category: Category::Session,
                methods: NO_TEXTS,
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SessionRoleTypeError => &ErrorCodeEntry {
                name: "SESSION_ROLE_TYPE_ERROR",
                description: "Incorrect role type in the JWT token.",
                category: Category::Session,
                methods: NO_TEXTS,
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SessionInvalidParameter => &ErrorCodeEntry {
                name: "SESSION_INVALID_PARAMETER",
                description: "Incorrect parameters for connecting to the Zoom server. If you encounter this issue, please report it to Zoom.",
                category: Category::Session,
                methods: NO_TEXTS,
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SessionEnded => &ErrorCodeEntry {
                name: "SESSION_ENDED",
                description: "The session has ended.",
                category: Category::Session,
                methods: NO_TEXTS,
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SessionExceedCapacity => &ErrorCodeEntry {
                name: "SESSION_EXCEED_CAPACITY",
                description: "The number of users in the session exceeds the capacity.",
                category: Category::Session,
                methods: NO_TEXTS,
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ClientPlatformUnsupported => &ErrorCodeEntry {
                name: "CLIENT_PLATFORM_UNSUPPORTED",
                description: "Occurs in client.init because the platform does not meet the basic WebRTC requirements.",
                category: Category::Client,
                methods: &["client.init"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ClientDependentAssetsInaccessible => &ErrorCodeEntry {
                name: "CLIENT_DEPENDENT_ASSETS_INACCESSIBLE",
                description: "Occurs in client.init, due to the inability to access self-deployed dependent assets.",
                category: Category::Client,
                methods: &["client.init"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ClientSessionStateClosed => &ErrorCodeEntry {
                name: "CLIENT_SESSION_STATE_CLOSED",
                description: "Called a function that requires the user to be in a session, but the session is closed.",
                category: Category::Client,
                methods: NO_TEXTS,
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ClientSessionStateReconnecting => &ErrorCodeEntry {
                name: "CLIENT_SESSION_STATE_RECONNECTING",
                description: "Called a function that requires the user to be in a session, but the session is reconnecting.",
                category: Category::Client,
                methods: NO_TEXTS,
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ClientHostOrManagerPermissionRequired => &ErrorCodeEntry {
                name: "CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED",
                description: "Operation requires host or manager permission.",
                category: Category::Client,
                methods: NO_TEXTS,
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ClientHostPermissionRequired => &ErrorCodeEntry {
                name: "CLIENT_HOST_PERMISSION_REQUIRED",
                description: "Operation requires host permission.",
                category: Category::Client,
                methods: NO_TEXTS,
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ClientOriginHostPermissionRequired => &ErrorCodeEntry {
                name: "CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED",
                description: "Operation requires origin host permission.",
                category: Category::Client,
                methods: NO_TEXTS,
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ClientMismatchUser => &ErrorCodeEntry {
                name: "CLIENT_MISMATCH_USER",
                description: "User ID doesn't match.",
                category: Category::Client,
                methods: NO_TEXTS,
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ClientDuplicatedJoin => &ErrorCodeEntry {
                name: "CLIENT_DUPLICATED_JOIN",
                description: "Occurs in client.join due to a duplicate call while the user is already in a session.",
                category: Category::Client,
                methods: &["client.join"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ClientInvalidJoinParameter => &ErrorCodeEntry {
                name: "CLIENT_INVALID_JOIN_PARAMETER",
                description: "Occurs in client.join due to an incorrect parameter.",
                category: Category::Client,
                methods: &["client.join"],
                details: &["invalid signature", "Topic, token and userName must be string and required", "The maximum length of topic is 200", "The maximum length of username is 200", "The maximum length of password is 10"],
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ClientHostDisallowRename => &ErrorCodeEntry {
                name: "CLIENT_HOST_DISALLOW_RENAME",
                description: "Occurs in client.changeName due to the host disallowing users from changing their names themselves.",
                category: Category::Client,
                methods: &["client.changeName"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::StreamMismatchDevice => &ErrorCodeEntry {
                name: "STREAM_MISMATCH_DEVICE",
                description: "The device ID (microphone, audio speaker, camera) does not match any device in the list.",
                category: Category::Stream,
                methods: NO_TEXTS,
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::StreamMismatchUser => &ErrorCodeEntry {
                name: "STREAM_MISMATCH_USER",
                description: "The User ID doesn't match.",
                category: Category::Stream,
                methods: NO_TEXTS,
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::StreamSessionJoinRequired => &ErrorCodeEntry {
                name: "STREAM_SESSION_JOIN_REQUIRED",
                description: "Occurs when a method is called before client.join has resolved.",
                category: Category::Stream,
                methods: &["client.join"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::StreamMismatchRenderElement => &ErrorCodeEntry {
                name: "STREAM_MISMATCH_RENDER_ELEMENT",
                description: "Occurs in video or sharing-related functions when the target element does not match the required render element type.",
                category: Category::Stream,
                methods: NO_TEXTS,
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::AudioCaptureFailed => &ErrorCodeEntry {
                name: "AUDIO_CAPTURE_FAILED",
                description: "Occurs in stream.startAudio, for the following reasons:",
                category: Category::Audio,
                methods: &["stream.startAudio"],
                details: NO_TEXTS,
                reasons: &[Reason::AudioCaptureFailed(AudioCaptureFailedReason::PermissionDeniedByUser), Reason::AudioCaptureFailed(AudioCaptureFailedReason::PermissionDeniedBySystem), Reason::AudioCaptureFailed(AudioCaptureFailedReason::DeviceInUse), Reason::AudioCaptureFailed(AudioCaptureFailedReason::NoDeviceFound), Reason::AudioCaptureFailed(AudioCaptureFailedReason::Unknown), Reason::AudioCaptureFailed(AudioCaptureFailedReason::ConstraintViolation), Reason::AudioCaptureFailed(AudioCaptureFailedReason::PermissionDismissedByUser)],
                deprecated: "",
                since: "",
            },
            ErrorCode::AudioCaptureLoading => &ErrorCodeEntry {
                name: "AUDIO_CAPTURE_LOADING",
                description: "Occurs in stream.startAudio or stream.stopAudio when the audio capture is loading.",
                category: Category::Audio,
                methods: &["stream.startAudio", "stream.stopAudio"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::AudioInPstn => &ErrorCodeEntry {
                name: "AUDIO_IN_PSTN",
                description: "Occurs in stream.startAudio when the audio is already connected by a PSTN call.",
                category: Category::Audio,
                methods: &["stream.startAudio"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::AudioEncodingRequired => &ErrorCodeEntry {
                name: "AUDIO_ENCODING_REQUIRED",
                description: "Occurs in stream.startAudio, only on legacy Safari browsers when the audio decoding or encoding is required.",
                category: Category::Audio,
                methods: &["stream.startAudio"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::AudioShareAudioConflict => &ErrorCodeEntry {
                name: "AUDIO_SHARE_AUDIO_CONFLICT",
                description: "Occurs in stream.stopAudio, only on legacy Chrome browsers when sharing tab audio or system audio.",
                category: Category::Audio,
                methods: &["stream.stopAudio"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::AudioNotStarted => &ErrorCodeEntry {
                name: "AUDIO_NOT_STARTED",
                description: "Occurs in stream.muteAudio or stream.unmuteAudio or stream.muteShareAudio or stream.unmuteShareAudio when audio or shared audio has not been started.",
                category: Category::Audio,
                methods: &["stream.muteAudio", "stream.unmuteAudio", "stream.muteShareAudio", "stream.unmuteShareAudio"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SecondaryAudioUnsupported => &ErrorCodeEntry {
                name: "SECONDARY_AUDIO_UNSUPPORTED",
                description: "Occurs in stream.startSecondaryAudio due to the platform being unsupported.",
                category: Category::Audio,
                methods: &["stream.startSecondaryAudio"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SecondaryAudioDeviceConflict => &ErrorCodeEntry {
                name: "SECONDARY_AUDIO_DEVICE_CONFLICT",
                description: "Occurs in stream.startSecondaryAudio due to the microphone ID being used for session audio.",
                category: Category::Audio,
                methods: &["stream.startSecondaryAudio"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SecondaryAudioScreenSharingConflict => &ErrorCodeEntry {
                name: "SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT",
                description: "Occurs in stream.startSecondaryAudio due to screen sharing being in progress.",
                category: Category::Audio,
                methods: &["stream.startSecondaryAudio"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SecondaryAudioNotStarted => &ErrorCodeEntry {
                name: "SECONDARY_AUDIO_NOT_STARTED",
                description: "Occurs in stream.stopSecondaryAudio, due to the secondary audio not being started.",
                category: Category::Audio,
                methods: &["stream.stopSecondaryAudio"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::PstnMismatchCountryCode => &ErrorCodeEntry {
                name: "PSTN_MISMATCH_COUNTRY_CODE",
                description: "Occurs in stream.inviteByPhone due to the country code does not match any code in the list.",
                category: Category::Audio,
                methods: &["stream.inviteByPhone"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::PstnNotConnected => &ErrorCodeEntry {
                name: "PSTN_NOT_CONNECTED",
                description: "Occurs in stream.hangup due to the PSTN being not being connected.",
                category: Category::Audio,
                methods: &["stream.hangup"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::CrcNotConnected => &ErrorCodeEntry {
                name: "CRC_NOT_CONNECTED",
                description: "Occurs in stream.cancelCallCRCDevice due to the CRC device not being connected.",
                category: Category::Audio,
                methods: &["stream.cancelCallCRCDevice"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::AudioProcessorUnsupported => &ErrorCodeEntry {
                name: "AUDIO_PROCESSOR_UNSUPPORTED",
                description: "Occurs in stream.createProcessor due to the audio processor not being supported on the platform.",
                category: Category::Audio,
                methods: &["stream.createProcessor"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::AudioProcessorDuplicateCreate => &ErrorCodeEntry {
                name: "AUDIO_PROCESSOR_DUPLICATE_CREATE",
                description: "Occurs in stream.createProcessor due to the creation of a duplicate audio processor.",
                category: Category::Audio,
                methods: &["stream.createProcessor"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::AudioProcessorMismatchProcessor => &ErrorCodeEntry {
                name: "AUDIO_PROCESSOR_MISMATCH_PROCESSOR",
                description: "Occurs in stream.addProcessor and stream.removeProcessor because of the inability to find the target processor.",
                category: Category::Audio,
                methods: &["stream.addProcessor", "stream.removeProcessor"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::AudioProcessorLimitExceed => &ErrorCodeEntry {
                name: "AUDIO_PROCESSOR_LIMIT_EXCEED",
                description: "Occurs in the stream.addProcessor method due to adding the same processor again.",
                category: Category::Audio,
                methods: &["stream.addProcessor"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoCameraPermissionDenied => &ErrorCodeEntry {
                name: "VIDEO_CAMERA_PERMISSION_DENIED",
                description: "Occurs in stream.startVideo due to the user being denied camera permission.",
                category: Category::Video,
                methods: &["stream.startVideo"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoNoCamera => &ErrorCodeEntry {
                name: "VIDEO_NO_CAMERA",
                description: "Occurs in stream.startVideo due to no camera.",
                category: Category::Video,
                methods: &["stream.startVideo"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoMismatchCamera => &ErrorCodeEntry {
                name: "VIDEO_MISMATCH_CAMERA",
                description: "Occurs in stream.startVideo due to the camera not matching the device list.",
                category: Category::Video,
                methods: &["stream.startVideo"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoCameraTaken => &ErrorCodeEntry {
                name: "VIDEO_CAMERA_TAKEN",
                description: "Occurs in stream.startVideo due to the camera being taken by another program.",
                category: Category::Video,
                methods: &["stream.startVideo"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoVbInitializeError => &ErrorCodeEntry {
                name: "VIDEO_VB_INITIALIZE_ERROR",
                description: "Occurs in stream.startVideo due to a virtual background initialization error.",
                category: Category::Video,
                methods: &["stream.startVideo"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoCaptureLoading => &ErrorCodeEntry {
                name: "VIDEO_CAPTURE_LOADING",
                description: "Occurs in stream.startVideo or stream.stopVideo due to the video capture loading.",
                category: Category::Video,
                methods: &["stream.startVideo", "stream.stopVideo"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoVbUnsupported => &ErrorCodeEntry {
                name: "VIDEO_VB_UNSUPPORTED",
                description: "Occurs in stream.startVideo due to the virtual background not being supported on the platform.",
                category: Category::Video,
                methods: &["stream.startVideo"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoVbProcessorConflict => &ErrorCodeEntry {
                name: "VIDEO_VB_PROCESSOR_CONFLICT",
                description: "Occurs in stream.startVideo due to the virtual processor in progress.",
                category: Category::Video,
                methods: &["stream.startVideo"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoMismatchState => &ErrorCodeEntry {
                name: "VIDEO_MISMATCH_STATE",
                description: "Occurs in stream.startVideo or stream.stopVideo due to the video state not being matched.",
                category: Category::Video,
                methods: &["stream.startVideo", "stream.stopVideo"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoEstablishStreamError => &ErrorCodeEntry {
                name: "VIDEO_ESTABLISH_STREAM_ERROR",
                description: "Occurs in stream.startVideo due to a video stream establish error.",
                category: Category::Video,
                methods: &["stream.startVideo"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoRenderLimitExceed => &ErrorCodeEntry {
                name: "VIDEO_RENDER_LIMIT_EXCEED",
                description: "Occurs in stream.renderVideo or stream.attachVideo due to number of rendered videos exceeding the limit.",
                category: Category::Video,
                methods: &["stream.renderVideo", "stream.attachVideo"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoMethodDeprecated => &ErrorCodeEntry {
                name: "VIDEO_METHOD_DEPRECATED",
                description: "Occurs in stream.renderVideo due to the method not being applicable for WebRTC video.",
                category: Category::Video,
                methods: &["stream.renderVideo"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoVbImageInaccessible => &ErrorCodeEntry {
                name: "VIDEO_VB_IMAGE_INACCESSIBLE",
                description: "Occurs in stream.previewVirtualBackground due to the virtual background image being inaccessible.",
                category: Category::Video,
                methods: &["stream.previewVirtualBackground"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoVbMismatchState => &ErrorCodeEntry {
                name: "VIDEO_VB_MISMATCH_STATE",
                description: "Occurs in stream.previewVirtualBackground due to the virtual background state not being matched.",
                category: Category::Video,
                methods: &["stream.previewVirtualBackground"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoMaskImageInaccessible => &ErrorCodeEntry {
                name: "VIDEO_MASK_IMAGE_INACCESSIBLE",
                description: "Occurs in stream.previewMask due to the mask image being inaccessible.",
                category: Category::Video,
                methods: &["stream.previewMask"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoMaskProcessorConflict => &ErrorCodeEntry {
                name: "VIDEO_MASK_PROCESSOR_CONFLICT",
                description: "Occurs in stream.previewMask due to the virtual background or processor being in progress.",
                category: Category::Video,
                methods: &["stream.previewMask"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoSpotlightMismatchState => &ErrorCodeEntry {
                name: "VIDEO_SPOTLIGHT_MISMATCH_STATE",
                description: "Occurs in stream.spotlightVideo due to video not started or spotlighted.",
                category: Category::Video,
                methods: &["stream.spotlightVideo"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoSpotlightMultiConflict => &ErrorCodeEntry {
                name: "VIDEO_SPOTLIGHT_MULTI_CONFLICT",
                description: "Occurs in stream.removeSpotlightedVideo due to multiple spotlighted videos not being able to be removed.",
                category: Category::Video,
                methods: &["stream.removeSpotlightedVideo"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoProcessorUnsupported => &ErrorCodeEntry {
                name: "VIDEO_PROCESSOR_UNSUPPORTED",
                description: "Occurs in stream.createProcessor due to the video processor being unsupported on the platform.",
                category: Category::Video,
                methods: &["stream.createProcessor"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoProcessorLimitExceed => &ErrorCodeEntry {
                name: "VIDEO_PROCESSOR_LIMIT_EXCEED",
                description: "Occurs in stream.addProcessor due to adding more than one video processor at the same time.",
                category: Category::Video,
                methods: &["stream.addProcessor"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoProcessorDuplicateCreate => &ErrorCodeEntry {
                name: "VIDEO_PROCESSOR_DUPLICATE_CREATE",
                description: "Occurs in stream.createProcessor due to creating duplicate video processors.",
                category: Category::Video,
                methods: &["stream.createProcessor"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VideoProcessorMismatchProcessor => &ErrorCodeEntry {
                name: "VIDEO_PROCESSOR_MISMATCH_PROCESSOR",
                description: "Occurs in stream.addProcessor because of the inability to find the target processor.",
                category: Category::Video,
                methods: &["stream.addProcessor"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::FarEndCameraControlDeviceUnsupported => &ErrorCodeEntry {
                name: "FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED",
                description: "Occurs in stream.controlCamera, stream.controlFarEndCamera, or stream.requestFarEndCameraControl due to camera control being unsupported on the platform.",
                category: Category::Video,
                methods: &["stream.controlCamera", "stream.controlFarEndCamera", "stream.requestFarEndCameraControl"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::FarEndCameraControlMismatchState => &ErrorCodeEntry {
                name: "FAR_END_CAMERA_CONTROL_MISMATCH_STATE",
                description: "Occurs in stream.requestFarEndCameraControl, stream.approveFarEndCameraControl, stream.declineFarEndCameraControl, stream.giveUpFarEndCameraControl, or stream.controlCamera due to camera control mismatch.",
                category: Category::Video,
                methods: &["stream.requestFarEndCameraControl", "stream.approveFarEndCameraControl", "stream.declineFarEndCameraControl", "stream.giveUpFarEndCameraControl", "stream.controlCamera"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::FarEndCameraPermissionRequired => &ErrorCodeEntry {
                name: "FAR_END_CAMERA_PERMISSION_REQUIRED",
                description: "Occurs in stream.controlFarEndCamera because the camera control permission is not granted.",
                category: Category::Video,
                methods: &["stream.controlFarEndCamera"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::FarEndCameraInvalidRange => &ErrorCodeEntry {
                name: "FAR_END_CAMERA_INVALID_RANGE",
                description: "Occurs in stream.controlFarEndCamera because the range is invalid.",
                category: Category::Video,
                methods: &["stream.controlFarEndCamera"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::FarEndCameraRateLimit => &ErrorCodeEntry {
                name: "FAR_END_CAMERA_RATE_LIMIT",
                description: "Occurs in stream.controlFarEndCamera because the method call rate has exceeded the limit.",
                category: Category::Video,
                methods: &["stream.controlFarEndCamera"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ScreenShareUserDenied => &ErrorCodeEntry {
                name: "SCREEN_SHARE_USER_DENIED",
                description: "Occurs in stream.startShareScreen because the user denied the screen share.",
                category: Category::ScreenShare,
                methods: &["stream.startShareScreen"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ScreenShareSystemDenied => &ErrorCodeEntry {
                name: "SCREEN_SHARE_SYSTEM_DENIED",
                description: "Occurs in stream.startShareScreen because the permission in the system setting is not allowed.",
                category: Category::ScreenShare,
                methods: &["stream.startShareScreen"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ScreenShareUnsupported => &ErrorCodeEntry {
                name: "SCREEN_SHARE_UNSUPPORTED",
                description: "Occurs in stream.startShareScreen because the platform does not support the getDisplayMedia method.",
                category: Category::ScreenShare,
                methods: &["stream.startShareScreen"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ScreenShareSubsessionConflict => &ErrorCodeEntry {
                name: "SCREEN_SHARE_SUBSESSION_CONFLICT",
                description: "Occurs in stream.startShareScreen because the user attempted to share their screen to subsessions while already in a subsession.",
                category: Category::ScreenShare,
                methods: &["stream.startShareScreen"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ScreenShareHostPrivilegeRequired => &ErrorCodeEntry {
                name: "SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED",
                description: "Occurs in stream.startShareScreen because only the host has the share privilege.",
                category: Category::ScreenShare,
                methods: &["stream.startShareScreen"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ScreenShareMismatchState => &ErrorCodeEntry {
                name: "SCREEN_SHARE_MISMATCH_STATE",
                description: "Occurs in stream.startShareScreen, stream.shareToBreakoutRoom, stream.enableOptimizeForSharedVideo, or stream.muteOthersScreenShare because the screen share state does not match.",
                category: Category::ScreenShare,
                methods: &["stream.startShareScreen", "stream.shareToBreakoutRoom", "stream.enableOptimizeForSharedVideo", "stream.muteOthersScreenShare"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ScreenShareOptimizeVideoUnsupported => &ErrorCodeEntry {
                name: "SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED",
                description: "Occurs in stream.startShareScreen or stream.enableOptimizeForSharedVideo because the platform does not support the video share.",
                category: Category::ScreenShare,
                methods: &["stream.startShareScreen", "stream.enableOptimizeForSharedVideo"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ScreenShareOptimizeVideoConflict => &ErrorCodeEntry {
                name: "SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT",
                description: "Occurs in stream.enableOptimizeForSharedVideo because the host has enabled multiple screen sharing.",
                category: Category::ScreenShare,
                methods: &["stream.enableOptimizeForSharedVideo"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ScreenShareInvalidPrivilege => &ErrorCodeEntry {
                name: "SCREEN_SHARE_INVALID_PRIVILEGE",
                description: "Occurs in stream.setScreenSharePrivilege because the privilege is invalid.",
                category: Category::ScreenShare,
                methods: &["stream.setScreenSharePrivilege"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ScreenShareWhiteboardConflict => &ErrorCodeEntry {
                name: "SCREEN_SHARE_WHITEBOARD_CONFLICT",
                description: "Occurs in stream.startShareScreen method because whiteboard sharing is currently in progress.",
                category: Category::ScreenShare,
                methods: &["stream.startShareScreen"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ScreenShareLimitExceed => &ErrorCodeEntry {
                name: "SCREEN_SHARE_LIMIT_EXCEED",
                description: "Error that occurs when calling stream.attachShareView and the number of rendered share views exceeds the limit.",
                category: Category::ScreenShare,
                methods: &["stream.attachShareView"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ScreenShareAnnotationAccountDisable => &ErrorCodeEntry {
                name: "SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE",
                description: "Occurs in stream.startAnnotation because the account doesn't support annotation.",
                category: Category::ShareAnnotation,
                methods: &["stream.startAnnotation"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ScreenShareAnnotationNoActiveShare => &ErrorCodeEntry {
                name: "SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE",
                description: "Occurs in stream.startAnnotation because there is no active sharing session.",
                category: Category::ShareAnnotation,
                methods: &["stream.startAnnotation"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ScreenShareAnnotationPresenterDisabled => &ErrorCodeEntry {
                name: "SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED",
                description: "Occurs in stream.startAnnotation because the sharing user disabled the annotation by stream.changeAnnotationPrivilege.",
                category: Category::ShareAnnotation,
                methods: &["stream.startAnnotation", "stream.changeAnnotationPrivilege"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ScreenShareAnnotationDuplicateStart => &ErrorCodeEntry {
                name: "SCREEN_SHARE_ANNOTATION_DUPLICATE_START",
                description: "Occurs in stream.startAnnotation because annotation has already been started.",
                category: Category::ShareAnnotation,
                methods: &["stream.startAnnotation"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ScreenShareAnnotationStartError => &ErrorCodeEntry {
                name: "SCREEN_SHARE_ANNOTATION_START_ERROR",
                description: "Occurs in stream.startAnnotation because of failing to start annotation.",
                category: Category::ShareAnnotation,
                methods: &["stream.startAnnotation"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ScreenShareAnnotationIncorrectParameter => &ErrorCodeEntry {
                name: "SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER",
                description: "Occurs in stream.getAnnotationController.clear or stream.getAnnotationController.setToolType because the method parameter is invalid.",
                category: Category::ShareAnnotation,
                methods: &["stream.getAnnotationController.clear", "stream.getAnnotationController.setToolType"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ScreenShareAnnotationNotSupport => &ErrorCodeEntry {
                name: "SCREEN_SHARE_ANNOTATION_NOT_SUPPORT",
                description: "Occurs in stream.startAnnotation because the current configuration doesn't support the annotation feature.",
                category: Category::ShareAnnotation,
                methods: &["stream.startAnnotation"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ScreenShareAnnotationNotStart => &ErrorCodeEntry {
                name: "SCREEN_SHARE_ANNOTATION_NOT_START",
                description: "Occurs in stream.stopAnnotation because the annotation hasn't been started.",
                category: Category::ShareAnnotation,
                methods: &["stream.stopAnnotation"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SharedProcessorUnsupported => &ErrorCodeEntry {
                name: "SHARED_PROCESSOR_UNSUPPORTED",
                description: "Occurs in stream.createProcessor method due to share processor being unsupported on the platform.",
                category: Category::ShareAnnotation,
                methods: &["stream.createProcessor"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SharedProcessorDuplicateCreate => &ErrorCodeEntry {
                name: "SHARED_PROCESSOR_DUPLICATE_CREATE",
                description: "Occurs in stream.createProcessor method due to a duplicate share processor creation.",
                category: Category::ShareAnnotation,
                methods: &["stream.createProcessor"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SharedProcessorMismatchProcessor => &ErrorCodeEntry {
                name: "SHARED_PROCESSOR_MISMATCH_PROCESSOR",
                description: "Occurs in the stream.addProcessor and stream.removeProcessor methods when unable to find the target processor.",
                category: Category::ShareAnnotation,
                methods: &["stream.addProcessor", "stream.removeProcessor"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SharedProcessorLimitExceed => &ErrorCodeEntry {
                name: "SHARED_PROCESSOR_LIMIT_EXCEED",
                description: "Occurs in the stream.addProcessor method due to adding more than one (1) share processor at the same time.",
                category: Category::ShareAnnotation,
                methods: &["stream.addProcessor"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ChatEmptyMessage => &ErrorCodeEntry {
                name: "CHAT_EMPTY_MESSAGE",
                description: "Occurs in chat.send because the message is empty.",
                category: Category::Chat,
                methods: &["chat.send"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ChatMismatchUser => &ErrorCodeEntry {
                name: "CHAT_MISMATCH_USER",
                description: "Occurs in chat.send because the user does not match.",
                category: Category::Chat,
                methods: &["chat.send"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ChatInsufficientPrivilege => &ErrorCodeEntry {
                name: "CHAT_INSUFFICIENT_PRIVILEGE",
                description: "Occurs in chat.send because the privilege is not allowed.",
                category: Category::Chat,
                methods: &["chat.send"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ChatInvalidPrivilege => &ErrorCodeEntry {
                name: "CHAT_INVALID_PRIVILEGE",
                description: "Occurs in chat.setPrivilege because only the host or manager can set the privilege.",
                category: Category::Chat,
                methods: &["chat.setPrivilege"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ChatSubsessionConflict => &ErrorCodeEntry {
                name: "CHAT_SUBSESSION_CONFLICT",
                description: "Occurs in chat.setPrivilege or chat.sendFile method because the user is in a subsession.",
                category: Category::Chat,
                methods: &["chat.setPrivilege", "chat.sendFile"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ChatEmptyFile => &ErrorCodeEntry {
                name: "CHAT_EMPTY_FILE",
                description: "Occurs in chat.sendFile because the file is empty.",
                category: Category::Chat,
                methods: &["chat.sendFile"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ChatInvalidRetryToken => &ErrorCodeEntry {
                name: "CHAT_INVALID_RETRY_TOKEN",
                description: "Occurs in chat.sendFile because the retry token is invalid.",
                category: Category::Chat,
                methods: &["chat.sendFile"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ChatMismatchFileType => &ErrorCodeEntry {
                name: "CHAT_MISMATCH_FILE_TYPE",
                description: "Occurs in chat.sendFile because the file is not in the allowed file type. See the account setting to update the allowed file types.",
                category: Category::Chat,
                methods: &["chat.sendFile"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ChatExceedFileSize => &ErrorCodeEntry {
                name: "CHAT_EXCEED_FILE_SIZE",
                description: "Occurs in chat.sendFile because the file size exceed the maximum size. See the account setting to update the file size limit.",
                category: Category::Chat,
                methods: &["chat.sendFile"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ChatInvalidMsgIdOrUrl => &ErrorCodeEntry {
                name: "CHAT_INVALID_MSG_ID_OR_URL",
                description: "Occurs in chat.downloadFile because the message ID or file URL is invalid.",
                category: Category::Chat,
                methods: &["chat.downloadFile"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ChatFileAccountDisable => &ErrorCodeEntry {
                name: "CHAT_FILE_ACCOUNT_DISABLE",
                description: "Occurs in chat.sendFile because the file transfer function is disabled in the account.",
                category: Category::Chat,
                methods: &["chat.sendFile"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::ChatDeleteAccountDisable => &ErrorCodeEntry {
                name: "CHAT_DELETE_ACCOUNT_DISABLE",
                description: "Occurs in chat.deleteMessage because the delete chat message is disabled in the account.",
                category: Category::Chat,
                methods: &["chat.deleteMessage"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::CmdEmptyMessage => &ErrorCodeEntry {
                name: "CMD_EMPTY_MESSAGE",
                description: "Occurs in cmd.send because the message is empty.",
                category: Category::CommandChannel,
                methods: &["cmd.send"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::CmdMismatchUser => &ErrorCodeEntry {
                name: "CMD_MISMATCH_USER",
                description: "Occurs in cmd.send because the user does not match.",
                category: Category::CommandChannel,
                methods: &["cmd.send"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::CmdInvalidMessageType => &ErrorCodeEntry {
                name: "CMD_INVALID_MESSAGE_TYPE",
                description: "Occurs in cmd.send because the message type is not a string.",
                category: Category::CommandChannel,
                methods: &["cmd.send"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::CmdExceedMessageLength => &ErrorCodeEntry {
                name: "CMD_EXCEED_MESSAGE_LENGTH",
                description: "Occurs in cmd.send because the message length exceeded the maximum length of 512 bytes.",
                category: Category::CommandChannel,
                methods: &["cmd.send"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::CmdChannelNotReady => &ErrorCodeEntry {
                name: "CMD_CHANNEL_NOT_READY",
                description: "Occurs in cmd.send because the channel is not ready.",
                category: Category::CommandChannel,
                methods: &["cmd.send"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::RecordingAccountDisable => &ErrorCodeEntry {
                name: "RECORDING_ACCOUNT_DISABLE",
                description: "Occurs in recording.startCloudRecording because cloud recording is not enabled in the account settings.",
                category: Category::Recording,
                methods: &["recording.startCloudRecording"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::RecordingStopForbidden => &ErrorCodeEntry {
                name: "RECORDING_STOP_FORBIDDEN",
                description: "Occurs in recording.startCloudRecording because pausing or stopping cloud recording is forbidden in the account setting.",
                category: Category::Recording,
                methods: &["recording.startCloudRecording"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::RecordingMismatchState => &ErrorCodeEntry {
                name: "RECORDING_MISMATCH_STATE",
                description: "Occurs in recording.startCloudRecording because the recording state does not match.",
                category: Category::Recording,
                methods: &["recording.startCloudRecording"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::RecordingIsoDisable => &ErrorCodeEntry {
                name: "RECORDING_ISO_DISABLE",
                description: "Occurs in recording.acceptIndividualRecording because individual recording is not enabled.",
                category: Category::Recording,
                methods: &["recording.acceptIndividualRecording"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::TranscriptionAccountDisable => &ErrorCodeEntry {
                name: "TRANSCRIPTION_ACCOUNT_DISABLE",
                description: "Occurs in liveTranscription.startLiveTranscription because the feature is disabled in the account settings.",
                category: Category::LiveTranscription,
                methods: &["liveTranscription.startLiveTranscription"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::TranscriptionFeatureDisable => &ErrorCodeEntry {
                name: "TRANSCRIPTION_FEATURE_DISABLE",
                description: "Occurs in liveTranscription.startLiveTranscription because the feature is disabled by the session host.",
                category: Category::LiveTranscription,
                methods: &["liveTranscription.startLiveTranscription"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::TranscriptionLanguageUnsupported => &ErrorCodeEntry {
                name: "TRANSCRIPTION_LANGUAGE_UNSUPPORTED",
                description: "Occurs in liveTranscription.setSpeakingLanguage because the language is not supported.",
                category: Category::LiveTranscription,
                methods: &["liveTranscription.setSpeakingLanguage"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::TranscriptionMismatchState => &ErrorCodeEntry {
                name: "TRANSCRIPTION_MISMATCH_STATE",
                description: "Occurs in liveTranscription.setSpeakingLanguage or liveTranscription.setTranslationLanguage because the transcription has not been supported.",
                category: Category::LiveTranscription,
                methods: &["liveTranscription.setSpeakingLanguage", "liveTranscription.setTranslationLanguage"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::TranslationAccountDisable => &ErrorCodeEntry {
                name: "TRANSLATION_ACCOUNT_DISABLE",
                description: "Occurs in liveTranscription.setTranslationLanguage because the feature is disabled in the account settings.",
                category: Category::LiveTranscription,
                methods: &["liveTranscription.setTranslationLanguage"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::TranslationLanguageUnsupported => &ErrorCodeEntry {
                name: "TRANSLATION_LANGUAGE_UNSUPPORTED",
                description: "Occurs in liveTranscription.setTranslationLanguage because the translation language is not supported.",
                category: Category::LiveTranscription,
                methods: &["liveTranscription.setTranslationLanguage"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::TranscriptionLanguageLocked => &ErrorCodeEntry {
                name: "TRANSCRIPTION_LANGUAGE_LOCKED",
                description: "Error that occurs when calling liveTranscription.lockTranscriptionLanguage while the transcription language is already locked by the host.",
                category: Category::LiveTranscription,
                methods: &["liveTranscription.lockTranscriptionLanguage"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::LiveStreamAccountDisable => &ErrorCodeEntry {
                name: "LIVE_STREAM_ACCOUNT_DISABLE",
                description: "Occurs in liveStream.startLiveStream because the live stream is disabled in the account settings.",
                category: Category::LiveStream,
                methods: &["liveStream.startLiveStream"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::LiveStreamInvalidParameter => &ErrorCodeEntry {
                name: "LIVE_STREAM_INVALID_PARAMETER",
                description: "Occurs in liveStream.startLiveStream because the parameter is invalid.",
                category: Category::LiveStream,
                methods: &["liveStream.startLiveStream"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::LiveStreamMismatchState => &ErrorCodeEntry {
                name: "LIVE_STREAM_MISMATCH_STATE",
                description: "Occurs in liveStream.startLiveStream because the live stream is in progress.",
                category: Category::LiveStream,
                methods: &["liveStream.startLiveStream"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SubsessionAccountDisable => &ErrorCodeEntry {
                name: "SUBSESSION_ACCOUNT_DISABLE",
                description: "Occurs in subsession.createSubsessions because the subsession function is disabled in the account settings.",
                category: Category::Subsession,
                methods: &["subsession.createSubsessions"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SubsessionExceedCapacity => &ErrorCodeEntry {
                name: "SUBSESSION_EXCEED_CAPACITY",
                description: "Occurs in subsession.createSubsessions because the number of created subsessions has exceeded the maximum limit of 100.",
                category: Category::Subsession,
                methods: &["subsession.createSubsessions"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SubsessionMismatchId => &ErrorCodeEntry {
                name: "SUBSESSION_MISMATCH_ID",
                description: "Occurs in subsession.openSubsessions, subsession.joinSubsession, subsession.assignUserToSubsession, or subsession.moveUserToSubsession because the subsession ID is incorrect.",
                category: Category::Subsession,
                methods: &["subsession.openSubsessions", "subsession.joinSubsession", "subsession.assignUserToSubsession", "subsession.moveUserToSubsession"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SubsessionMismatchUser => &ErrorCodeEntry {
                name: "SUBSESSION_MISMATCH_USER",
                description: "Occurs in subsession.openSubsessions, subsession.moveBackToMainSession, subsession.assignUserToSubsession, or subsession.moveUserToSubsession because the user ID is incorrect.",
                category: Category::Subsession,
                methods: &["subsession.openSubsessions", "subsession.moveBackToMainSession", "subsession.assignUserToSubsession", "subsession.moveUserToSubsession"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SubsessionMismatchState => &ErrorCodeEntry {
                name: "SUBSESSION_MISMATCH_STATE",
                description: "Occurs in subsession.openSubsessions or other methods because the subsession status is not correct.",
                category: Category::Subsession,
                methods: &["subsession.openSubsessions"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SubsessionExitRestricted => &ErrorCodeEntry {
                name: "SUBSESSION_EXIT_RESTRICTED",
                description: "Occurs in subsession.leaveSubsession because the host restricts users from leaving the subsession.",
                category: Category::Subsession,
                methods: &["subsession.leaveSubsession"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SubsessionBroadcastDisable => &ErrorCodeEntry {
                name: "SUBSESSION_BROADCAST_DISABLE",
                description: "Occurs in subsession.broadcast because the broadcast message function is disabled in the account.",
                category: Category::Subsession,
                methods: &["subsession.broadcast"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SubsessionBroadcastInvalidContent => &ErrorCodeEntry {
                name: "SUBSESSION_BROADCAST_INVALID_CONTENT",
                description: "Occurs in subsession.broadcast because the message is empty or an invalid string.",
                category: Category::Subsession,
                methods: &["subsession.broadcast"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SubsessionBroadcastVoiceDisable => &ErrorCodeEntry {
                name: "SUBSESSION_BROADCAST_VOICE_DISABLE",
                description: "Occurs in subsession.startBroadcastVoice because broadcast voice is disabled in the account.",
                category: Category::Subsession,
                methods: &["subsession.startBroadcastVoice"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SubsessionBroadcastVoiceRestricted => &ErrorCodeEntry {
                name: "SUBSESSION_BROADCAST_VOICE_RESTRICTED",
                description: "Occurs in subsession.startBroadcastVoice because the host cannot broadcast voice within a subsession.",
                category: Category::Subsession,
                methods: &["subsession.startBroadcastVoice"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::SubsessionBroadcastVoiceMismatchState => &ErrorCodeEntry {
                name: "SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE",
                description: "Occurs in subsession.startBroadcastVoice or subsession.stopBroadcastVoice because the host cannot broadcast voice without an active audio connection during the session.",
                category: Category::Subsession,
                methods: &["subsession.startBroadcastVoice", "subsession.stopBroadcastVoice"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::BroadcastStreamingAccountDisable => &ErrorCodeEntry {
                name: "BROADCAST_STREAMING_ACCOUNT_DISABLE",
                description: "Occurs in broadcastStreamingClient.startBroadcast because the feature is disabled in the account setting.",
                category: Category::BroadcastStreaming,
                methods: &["broadcastStreamingClient.startBroadcast"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::BroadcastStreamingMismatchState => &ErrorCodeEntry {
                name: "BROADCAST_STREAMING_MISMATCH_STATE",
                description: "Occurs in broadcastStreamingClient.startBroadcast because the status is incorrect.",
                category: Category::BroadcastStreaming,
                methods: &["broadcastStreamingClient.startBroadcast"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::BroadcastStreamingInvalidChannelId => &ErrorCodeEntry {
                name: "BROADCAST_STREAMING_INVALID_CHANNEL_ID",
                description: "Occurs in broadcastStreamingClient.stopBroadcast because the channel ID in current case is required.",
                category: Category::BroadcastStreaming,
                methods: &["broadcastStreamingClient.stopBroadcast"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::WhiteboardAccountDisable => &ErrorCodeEntry {
                name: "WHITEBOARD_ACCOUNT_DISABLE",
                description: "Occurs in whiteboard.startWhiteboardScreen method because the whiteboard feature is not enabled in the account setting.",
                category: Category::Whiteboard,
                methods: &["whiteboard.startWhiteboardScreen"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::WhiteboardUnsupported => &ErrorCodeEntry {
                name: "WHITEBOARD_UNSUPPORTED",
                description: "Occurs in whiteboard.startWhiteboardScreen method because the whiteboard feature is not supported on the current platform (mobile browsers).",
                category: Category::Whiteboard,
                methods: &["whiteboard.startWhiteboardScreen"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::WhiteboardScreenShareConflict => &ErrorCodeEntry {
                name: "WHITEBOARD_SCREEN_SHARE_CONFLICT",
                description: "Occurs in whiteboard.startWhiteboardScreen method because screen sharing is currently in progress.",
                category: Category::Whiteboard,
                methods: &["whiteboard.startWhiteboardScreen"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::WhiteboardMismatchState => &ErrorCodeEntry {
                name: "WHITEBOARD_MISMATCH_STATE",
                description: "Occurs in whiteboard.startWhiteboardScreen or whiteboard.exportWhiteboard methods because the whiteboard state does not match the required state.",
                category: Category::Whiteboard,
                methods: &["whiteboard.startWhiteboardScreen", "whiteboard.exportWhiteboard"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::WhiteboardHostPrivilegeRequired => &ErrorCodeEntry {
                name: "WHITEBOARD_HOST_PRIVILEGE_REQUIRED",
                description: "Occurs in whiteboard.startWhiteboardScreen method because only the host or manager has permission to perform this action.",
                category: Category::Whiteboard,
                methods: &["whiteboard.startWhiteboardScreen"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::WhiteboardInvalidParameter => &ErrorCodeEntry {
                name: "WHITEBOARD_INVALID_PARAMETER",
                description: "Occurs in whiteboard.startWhiteboardScreen or whiteboard.stopWhiteboardScreen or whiteboard.startWhiteboardView methods because the parameter is invalid (e.g., invalid document ID, template ID, or presenter ID).",
                category: Category::Whiteboard,
                methods: &["whiteboard.startWhiteboardScreen", "whiteboard.stopWhiteboardScreen", "whiteboard.startWhiteboardView"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::WhiteboardExportDisable => &ErrorCodeEntry {
                name: "WHITEBOARD_EXPORT_DISABLE",
                description: "Occurs in whiteboard.exportWhiteboard method because the whiteboard export feature has been disabled for the current session.",
                category: Category::Whiteboard,
                methods: &["whiteboard.exportWhiteboard"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::RealTimeMediaStreamsNotEnabled => &ErrorCodeEntry {
                name: "REAL_TIME_MEDIA_STREAMS_NOT_ENABLED",
                description: "Occurs in realTimeMediaStreamsClient.startRealTimeMediaStreams method because the real-time media streams feature is not enabled in the account setting.",
                category: Category::RealTimeMediaStreams,
                methods: &["realTimeMediaStreamsClient.startRealTimeMediaStreams"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::RealTimeMediaStreamsInvalidState => &ErrorCodeEntry {
                name: "REAL_TIME_MEDIA_STREAMS_INVALID_STATE",
                description: "Occurs in realTimeMediaStreamsClient.startRealTimeMediaStreams or realTimeMediaStreamsClient.stopRealTimeMediaStreams methods because the real-time media streams state does not match the required state.",
                category: Category::RealTimeMediaStreams,
                methods: &["realTimeMediaStreamsClient.startRealTimeMediaStreams", "realTimeMediaStreamsClient.stopRealTimeMediaStreams"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::RealTimeMediaStreamsNotSupportedInBreakoutRoom => &ErrorCodeEntry {
                name: "REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM",
                description: "Occurs in realTimeMediaStreamsClient.startRealTimeMediaStreams method because real-time media streams is not supported in breakout rooms.",
                category: Category::RealTimeMediaStreams,
                methods: &["realTimeMediaStreamsClient.startRealTimeMediaStreams"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VoiceTranslatorAccountDisable => &ErrorCodeEntry {
                name: "VOICE_TRANSLATOR_ACCOUNT_DISABLE",
                description: "Occurs in voiceTranslatorClient.startVoiceTranslator or voiceTranslatorClient.setSpeakingLanguage methods because the voice translator feature is not enabled in the account setting.",
                category: Category::VoiceTranslator,
                methods: &["voiceTranslatorClient.startVoiceTranslator", "voiceTranslatorClient.setSpeakingLanguage"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VoiceTranslatorNoAvailableLanguageList => &ErrorCodeEntry {
                name: "VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST",
                description: "Occurs in voiceTranslatorClient.setSpeakingLanguage method because the voice translator language list is not available.",
                category: Category::VoiceTranslator,
                methods: &["voiceTranslatorClient.setSpeakingLanguage"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VoiceTranslatorMismatchState => &ErrorCodeEntry {
                name: "VOICE_TRANSLATOR_MISMATCH_STATE",
                description: "Occurs in voiceTranslatorClient.setListeningLanguage or voiceTranslatorClient.setOriginalAudioBalance or voiceTranslatorClient.setTranslatedVoiceStyle methods because the voice translator must be started before performing the action.",
                category: Category::VoiceTranslator,
                methods: &["voiceTranslatorClient.setListeningLanguage", "voiceTranslatorClient.setOriginalAudioBalance", "voiceTranslatorClient.setTranslatedVoiceStyle"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VoiceTranslatorLanguageUnsupported => &ErrorCodeEntry {
                name: "VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED",
                description: "Occurs in voiceTranslatorClient.setSpeakingLanguage or voiceTranslatorClient.setListeningLanguage methods because the specified language is not supported.",
                category: Category::VoiceTranslator,
                methods: &["voiceTranslatorClient.setSpeakingLanguage", "voiceTranslatorClient.setListeningLanguage"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VoiceTranslatorIncorrectBalanceRange => &ErrorCodeEntry {
                name: "VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE",
                description: "Occurs in voiceTranslatorClient.setOriginalAudioBalance method because the balance value is not within the valid range (0 to 1).",
                category: Category::VoiceTranslator,
                methods: &["voiceTranslatorClient.setOriginalAudioBalance"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::VoiceTranslatorIncorrectTimbre => &ErrorCodeEntry {
                name: "VOICE_TRANSLATOR_INCORRECT_TIMBRE",
                description: "Occurs in voiceTranslatorClient.setTranslatedVoiceStyle method because the specified voice timbre ID is invalid or not found.",
                category: Category::VoiceTranslator,
                methods: &["voiceTranslatorClient.setTranslatedVoiceStyle"],
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::IncomingLiveStreamInvalidParameter => &ErrorCodeEntry {
                name: "INCOMING_LIVE_STREAM_INVALID_PARAMETER",
                description: "Occurs in incoming live stream methods when the streamId parameter is empty or does not match the currently bound stream.",
                category: Category::IncomingLiveStream,
                methods: NO_TEXTS,
                details: NO_TEXTS,
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
            ErrorCode::IncomingLiveStreamMismatchState => &ErrorCodeEntry {
                name: "INCOMING_LIVE_STREAM_MISMATCH_STATE",
                description: "Occurs in incoming live stream methods when a state mismatch is detected. For example:",
                category: Category::IncomingLiveStream,
                methods: NO_TEXTS,
                details: &["Calling bindIncomingLiveStream from within a breakout room", "Binding a new stream while the current stream is already RTMP-connected", "Calling startIncomingLiveStream when isRTMPConnected is false", "Calling stopIncomingLiveStream when isRTMPConnected is false"],
                reasons: NO_REASONS,
                deprecated: "",
                since: "",
            },
        }
    }
    /// The code with this number, if the catalogue has one.
    #[must_use]
    pub const fn from_code(code: u32) -> Option<Self> {
        match code {
            1 => Some(ErrorCode::OperationTimeout),
            2 => Some(ErrorCode::InternalError),
            3 => Some(ErrorCode::OperationCancelled),
            200 => Some(ErrorCode::SessionFetchInfoError),
            3004 => Some(ErrorCode::SessionIncorrectPasscode),
            3009 => Some(ErrorCode::SessionUserRemoved),
            3010 => Some(ErrorCode::SessionRoleTypeError),
            4003 => Some(ErrorCode::SessionInvalidParameter),
            4004 => Some(ErrorCode::SessionEnded),
            4005 => Some(ErrorCode::SessionExceedCapacity),
            5000 => Some(ErrorCode::ClientPlatformUnsupported),
            5001 => Some(ErrorCode::ClientDependentAssetsInaccessible),
            5002 => Some(ErrorCode::ClientSessionStateClosed),
            5003 => Some(ErrorCode::ClientSessionStateReconnecting),
            5006 => Some(ErrorCode::ClientHostOrManagerPermissionRequired),
            5007 => Some(ErrorCode::ClientHostPermissionRequired),
            5008 => Some(ErrorCode::ClientOriginHostPermissionRequired),
            5011 => Some(ErrorCode::ClientMismatchUser),
            5012 => Some(ErrorCode::ClientDuplicatedJoin),
            5013 => Some(ErrorCode::ClientInvalidJoinParameter),
            5014 => Some(ErrorCode::ClientHostDisallowRename),
            6000 => Some(ErrorCode::StreamMismatchDevice),
            6001 => Some(ErrorCode::StreamMismatchUser),
            6002 => Some(ErrorCode::StreamSessionJoinRequired),
            6003 => Some(ErrorCode::StreamMismatchRenderElement),
            6010 => Some(ErrorCode::AudioCaptureFailed),
            6011 => Some(ErrorCode::AudioCaptureLoading),
            6012 => Some(ErrorCode::AudioInPstn),
            6013 => Some(ErrorCode::AudioEncodingRequired),
            6014 => Some(ErrorCode::AudioShareAudioConflict),
            6015 => Some(ErrorCode::AudioNotStarted),
            6017 => Some(ErrorCode::SecondaryAudioUnsupported),
            6018 => Some(ErrorCode::SecondaryAudioDeviceConflict),
            6019 => Some(ErrorCode::SecondaryAudioScreenSharingConflict),
            6020 => Some(ErrorCode::SecondaryAudioNotStarted),
            6021 => Some(ErrorCode::PstnMismatchCountryCode),
            6022 => Some(ErrorCode::PstnNotConnected),
            6023 => Some(ErrorCode::CrcNotConnected),
            6026 => Some(ErrorCode::AudioProcessorUnsupported),
            6027 => Some(ErrorCode::AudioProcessorDuplicateCreate),
            6028 => Some(ErrorCode::AudioProcessorMismatchProcessor),
            6029 => Some(ErrorCode::AudioProcessorLimitExceed),
            6100 => Some(ErrorCode::VideoCameraPermissionDenied),
            6101 => Some(ErrorCode::VideoNoCamera),
            6102 => Some(ErrorCode::VideoMismatchCamera),
            6103 => Some(ErrorCode::VideoCameraTaken),
            6104 => Some(ErrorCode::VideoVbInitializeError),
            6105 => Some(ErrorCode::VideoCaptureLoading),
            6107 => Some(ErrorCode::VideoVbUnsupported),
            6108 => Some(ErrorCode::VideoVbProcessorConflict),
            6109 => Some(ErrorCode::VideoMismatchState),
            6110 => Some(ErrorCode::VideoEstablishStreamError),
            6111 => Some(ErrorCode::VideoRenderLimitExceed),
            6112 => Some(ErrorCode::VideoMethodDeprecated),
            6113 => Some(ErrorCode::VideoVbImageInaccessible),
            6114 => Some(ErrorCode::VideoVbMismatchState),
            6115 => Some(ErrorCode::VideoMaskImageInaccessible),
            6116 => Some(ErrorCode::VideoMaskProcessorConflict),
            6117 => Some(ErrorCode::VideoSpotlightMismatchState),
            6118 => Some(ErrorCode::VideoSpotlightMultiConflict),
            6119 => Some(ErrorCode::VideoProcessorUnsupported),
            6120 => Some(ErrorCode::VideoProcessorLimitExceed),
            6121 => Some(ErrorCode::VideoProcessorDuplicateCreate),
            6122 => Some(ErrorCode::VideoProcessorMismatchProcessor),
            6150 => Some(ErrorCode::FarEndCameraControlDeviceUnsupported),
            6151 => Some(ErrorCode::FarEndCameraControlMismatchState),
            6152 => Some(ErrorCode::FarEndCameraPermissionRequired),
            6153 => Some(ErrorCode::FarEndCameraInvalidRange),
            6154 => Some(ErrorCode::FarEndCameraRateLimit),
            6200 => Some(ErrorCode::ScreenShareUserDenied),
            6201 => Some(ErrorCode::ScreenShareSystemDenied),
            6202 => Some(ErrorCode::ScreenShareUnsupported),
            6203 => Some(ErrorCode::ScreenShareSubsessionConflict),
            6204 => Some(ErrorCode::ScreenShareHostPrivilegeRequired),
            6205 => Some(ErrorCode::ScreenShareMismatchState),
            6206 => Some(ErrorCode::ScreenShareOptimizeVideoUnsupported),
            6207 => Some(ErrorCode::ScreenShareOptimizeVideoConflict),
            6208 => Some(ErrorCode::ScreenShareInvalidPrivilege),
            6220 => Some(ErrorCode::ScreenShareWhiteboardConflict),
            6218 => Some(ErrorCode::ScreenShareLimitExceed),
            6210 => Some(ErrorCode::ScreenShareAnnotationAccountDisable),
            6211 => Some(ErrorCode::ScreenShareAnnotationNoActiveShare),
            6212 => Some(ErrorCode::ScreenShareAnnotationPresenterDisabled),
            6213 => Some(ErrorCode::ScreenShareAnnotationDuplicateStart),
            6214 => Some(ErrorCode::ScreenShareAnnotationStartError),
            6215 => Some(ErrorCode::ScreenShareAnnotationIncorrectParameter),
            6216 => Some(ErrorCode::ScreenShareAnnotationNotSupport),
            6217 => Some(ErrorCode::ScreenShareAnnotationNotStart),
            6223 => Some(ErrorCode::SharedProcessorUnsupported),
            6224 => Some(ErrorCode::SharedProcessorDuplicateCreate),
            6225 => Some(ErrorCode::SharedProcessorMismatchProcessor),
            6226 => Some(ErrorCode::SharedProcessorLimitExceed),
            7000 => Some(ErrorCode::ChatEmptyMessage),
            7001 => Some(ErrorCode::ChatMismatchUser),
            7002 => Some(ErrorCode::ChatInsufficientPrivilege),
            7003 => Some(ErrorCode::ChatInvalidPrivilege),
            7004 => Some(ErrorCode::ChatSubsessionConflict),
            7005 => Some(ErrorCode::ChatEmptyFile),
            7006 => Some(ErrorCode::ChatInvalidRetryToken),
            7007 => Some(ErrorCode::ChatMismatchFileType),
            7008 => Some(ErrorCode::ChatExceedFileSize),
            7009 => Some(ErrorCode::ChatInvalidMsgIdOrUrl),
            7010 => Some(ErrorCode::ChatFileAccountDisable),
            7011 => Some(ErrorCode::ChatDeleteAccountDisable),
            7100 => Some(ErrorCode::CmdEmptyMessage),
            7101 => Some(ErrorCode::CmdMismatchUser),
            7102 => Some(ErrorCode::CmdInvalidMessageType),
            7103 => Some(ErrorCode::CmdExceedMessageLength),
            7104 => Some(ErrorCode::CmdChannelNotReady),
            7200 => Some(ErrorCode::RecordingAccountDisable),
            7201 => Some(ErrorCode::RecordingStopForbidden),
            7202 => Some(ErrorCode::RecordingMismatchState),
            7203 => Some(ErrorCode::RecordingIsoDisable),
            7300 => Some(ErrorCode::TranscriptionAccountDisable),
            7301 => Some(ErrorCode::TranscriptionFeatureDisable),
            7302 => Some(ErrorCode::TranscriptionLanguageUnsupported),
            7303 => Some(ErrorCode::TranscriptionMismatchState),
            7304 => Some(ErrorCode::TranslationAccountDisable),
            7305 => Some(ErrorCode::TranslationLanguageUnsupported),
            7310 => Some(ErrorCode::TranscriptionLanguageLocked),
            7400 => Some(ErrorCode::LiveStreamAccountDisable),
            7401 => Some(ErrorCode::LiveStreamInvalidParameter),
            7402 => Some(ErrorCode::LiveStreamMismatchState),
            7500 => Some(ErrorCode::SubsessionAccountDisable),
            7501 => Some(ErrorCode::SubsessionExceedCapacity),
            7502 => Some(ErrorCode::SubsessionMismatchId),
            7503 => Some(ErrorCode::SubsessionMismatchUser),
            7504 => Some(ErrorCode::SubsessionMismatchState),
            7505 => Some(ErrorCode::SubsessionExitRestricted),
            7506 => Some(ErrorCode::SubsessionBroadcastDisable),
            7507 => Some(ErrorCode::SubsessionBroadcastInvalidContent),
            7508 => Some(ErrorCode::SubsessionBroadcastVoiceDisable),
            7509 => Some(ErrorCode::SubsessionBroadcastVoiceRestricted),
            7510 => Some(ErrorCode::SubsessionBroadcastVoiceMismatchState),
            7900 => Some(ErrorCode::BroadcastStreamingAccountDisable),
            7901 => Some(ErrorCode::BroadcastStreamingMismatchState),
            7902 => Some(ErrorCode::BroadcastStreamingInvalidChannelId),
            8000 => Some(ErrorCode::WhiteboardAccountDisable),
            8001 => Some(ErrorCode::WhiteboardUnsupported),
            8002 => Some(ErrorCode::WhiteboardScreenShareConflict),
            8003 => Some(ErrorCode::WhiteboardMismatchState),
            8004 => Some(ErrorCode::WhiteboardHostPrivilegeRequired),
            8005 => Some(ErrorCode::WhiteboardInvalidParameter),
            8006 => Some(ErrorCode::WhiteboardExportDisable),
            8100 => Some(ErrorCode::RealTimeMediaStreamsNotEnabled),
            8101 => Some(ErrorCode::RealTimeMediaStreamsInvalidState),
            8102 => Some(ErrorCode::RealTimeMediaStreamsNotSupportedInBreakoutRoom),
            8200 => Some(ErrorCode::VoiceTranslatorAccountDisable),
            8201 => Some(ErrorCode::VoiceTranslatorNoAvailableLanguageList),
            8202 => Some(ErrorCode::VoiceTranslatorMismatchState),
            8203 => Some(ErrorCode::VoiceTranslatorLanguageUnsupported),
            8204 => Some(ErrorCode::VoiceTranslatorIncorrectBalanceRange),
            8205 => Some(ErrorCode::VoiceTranslatorIncorrectTimbre),
            7450 => Some(ErrorCode::IncomingLiveStreamInvalidParameter),
            7451 => Some(ErrorCode::IncomingLiveStreamMismatchState),
            _ => None,
        }
    }
}
/// An empty list of texts, for a row of `ErrorCode::entry`.
const NO_TEXTS: &[&str] = &[];
/// An empty list of reasons, for a row of `ErrorCode::entry`.
const NO_REASONS: &[Reason] = &[];
/// The hash table of the codes' names, for `ErrorCode::from_name`: bucket `fnv1a(name) % len`
/// lists the names that fall in it with their codes, one bucket a line. The names are here, not
/// only the codes, so that a lookup compares strings without first finding each candidate's entry.
const ERROR_CODE_NAME_BUCKETS: &[&[(&str, u32)]] = &[
    &[("VIDEO_ESTABLISH_STREAM_ERROR", 6110), ("SCREEN_SHARE_OPTIMIZE_VIDEO_CONFLICT", 6207), ("CMD_INVALID_MESSAGE_TYPE", 7102), ("SUBSESSION_BROADCAST_DISABLE", 7506)],
    &[],
    &[],
    &[("SCREEN_SHARE_SUBSESSION_CONFLICT", 6203)],
    &[],
    &[("TRANSCRIPTION_FEATURE_DISABLE", 7301), ("BROADCAST_STREAMING_INVALID_CHANNEL_ID", 7902)],
    &[],
    &[],
    &[],
    &[("VOICE_TRANSLATOR_INCORRECT_BALANCE_RANGE", 8204)],
    &[],
    &[],
    &[("SESSION_INCORRECT_PASSCODE", 3004)],
    &[("VIDEO_VB_PROCESSOR_CONFLICT", 6108), ("WHITEBOARD_MISMATCH_STATE", 8003)],
    &[],
    &[("VIDEO_PROCESSOR_MISMATCH_PROCESSOR", 6122)],
    &[],
    &[("INCOMING_LIVE_STREAM_INVALID_PARAMETER", 7450)],
    &[("VIDEO_PROCESSOR_DUPLICATE_CREATE", 6121), ("BROADCAST_STREAMING_MISMATCH_STATE", 7901)],
    &[("VOICE_TRANSLATOR_MISMATCH_STATE", 8202)],
    &[("STREAM_MISMATCH_USER", 6001)],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[("AUDIO_CAPTURE_FAILED", 6010), ("TRANSCRIPTION_ACCOUNT_DISABLE", 7300)],
    &[("SCREEN_SHARE_INVALID_PRIVILEGE", 6208)],
    &[("CLIENT_DEPENDENT_ASSETS_INACCESSIBLE", 5001)],
    &[("TRANSLATION_LANGUAGE_UNSUPPORTED", 7305)],
    &[],
    &[],
    &[],
    &[],
    &[("FAR_END_CAMERA_INVALID_RANGE", 6153)],
    &[],
    &[("TRANSCRIPTION_LANGUAGE_UNSUPPORTED", 7302)],
    &[],
    &[("REAL_TIME_MEDIA_STREAMS_INVALID_STATE", 8101)],
    &[("TRANSCRIPTION_LANGUAGE_LOCKED", 7310)],
    &[],
    &[("FAR_END_CAMERA_CONTROL_MISMATCH_STATE", 6151)],
    &[],
    &[("SUBSESSION_BROADCAST_VOICE_MISMATCH_STATE", 7510)],
    &[("SCREEN_SHARE_ANNOTATION_DUPLICATE_START", 6213)],
    &[("AUDIO_PROCESSOR_LIMIT_EXCEED", 6029)],
    &[("SESSION_FETCH_INFO_ERROR", 200)],
    &[("SCREEN_SHARE_ANNOTATION_START_ERROR", 6214), ("CHAT_FILE_ACCOUNT_DISABLE", 7010)],
    &[],
    &[],
    &[("SHARED_PROCESSOR_LIMIT_EXCEED", 6226)],
    &[],
    &[("WHITEBOARD_SCREEN_SHARE_CONFLICT", 8002)],
    &[("SCREEN_SHARE_ANNOTATION_INCORRECT_PARAMETER", 6215)],
    &[("PSTN_NOT_CONNECTED", 6022), ("INCOMING_LIVE_STREAM_MISMATCH_STATE", 7451)],
    &[("AUDIO_PROCESSOR_DUPLICATE_CREATE", 6027)],
    &[("CLIENT_HOST_DISALLOW_RENAME", 5014), ("WHITEBOARD_EXPORT_DISABLE", 8006)],
    &[("RECORDING_STOP_FORBIDDEN", 7201)],
    &[],
    &[("SESSION_EXCEED_CAPACITY", 4005), ("AUDIO_ENCODING_REQUIRED", 6013)],
    &[],
    &[("LIVE_STREAM_ACCOUNT_DISABLE", 7400)],
    &[],
    &[],
    &[("SUBSESSION_MISMATCH_STATE", 7504)],
    &[],
    &[("CHAT_MISMATCH_FILE_TYPE", 7007)],
    &[("CHAT_SUBSESSION_CONFLICT", 7004)],
    &[],
    &[("CRC_NOT_CONNECTED", 6023)],
    &[],
    &[],
    &[("PSTN_MISMATCH_COUNTRY_CODE", 6021), ("CHAT_MISMATCH_USER", 7001)],
    &[],
    &[],
    &[("SCREEN_SHARE_UNSUPPORTED", 6202)],
    &[],
    &[],
    &[("VIDEO_VB_MISMATCH_STATE", 6114), ("VIDEO_SPOTLIGHT_MULTI_CONFLICT", 6118)],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[("CLIENT_INVALID_JOIN_PARAMETER", 5013)],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[("SUBSESSION_MISMATCH_USER", 7503)],
    &[],
    &[],
    &[("STREAM_SESSION_JOIN_REQUIRED", 6002), ("VIDEO_VB_IMAGE_INACCESSIBLE", 6113)],
    &[],
    &[],
    &[],
    &[],
    &[("OPERATION_TIMEOUT", 1)],
    &[],
    &[],
    &[("VIDEO_VB_UNSUPPORTED", 6107), ("SCREEN_SHARE_ANNOTATION_PRESENTER_DISABLED", 6212)],
    &[],
    &[],
    &[],
    &[("VIDEO_VB_INITIALIZE_ERROR", 6104)],
    &[],
    &[],
    &[("SCREEN_SHARE_HOST_PRIVILEGE_REQUIRED", 6204)],
    &[],
    &[("VIDEO_CAPTURE_LOADING", 6105)],
    &[],
    &[("BROADCAST_STREAMING_ACCOUNT_DISABLE", 7900)],
    &[],
    &[],
    &[("CHAT_INSUFFICIENT_PRIVILEGE", 7002)],
    &[],
    &[("FAR_END_CAMERA_RATE_LIMIT", 6154), ("RECORDING_ISO_DISABLE", 7203)],
    &[("CLIENT_ORIGIN_HOST_PERMISSION_REQUIRED", 5008)],
    &[],
    &[("AUDIO_PROCESSOR_MISMATCH_PROCESSOR", 6028)],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[("OPERATION_CANCELLED", 3)],
    &[("CHAT_INVALID_PRIVILEGE", 7003)],
    &[("CLIENT_PLATFORM_UNSUPPORTED", 5000), ("SUBSESSION_ACCOUNT_DISABLE", 7500)],
    &[("VIDEO_MASK_PROCESSOR_CONFLICT", 6116)],
    &[],
    &[("FAR_END_CAMERA_CONTROL_DEVICE_UNSUPPORTED", 6150)],
    &[],
    &[],
    &[("REAL_TIME_MEDIA_STREAMS_NOT_ENABLED", 8100)],
    &[("WHITEBOARD_HOST_PRIVILEGE_REQUIRED", 8004)],
    &[],
    &[],
    &[],
    &[],
    &[("SESSION_ROLE_TYPE_ERROR", 3010)],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[("SHARED_PROCESSOR_MISMATCH_PROCESSOR", 6225)],
    &[],
    &[],
    &[("VIDEO_RENDER_LIMIT_EXCEED", 6111), ("SHARED_PROCESSOR_DUPLICATE_CREATE", 6224)],
    &[("RECORDING_MISMATCH_STATE", 7202)],
    &[("CLIENT_SESSION_STATE_CLOSED", 5002)],
    &[("AUDIO_NOT_STARTED", 6015), ("SCREEN_SHARE_ANNOTATION_NOT_SUPPORT", 6216)],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[("RECORDING_ACCOUNT_DISABLE", 7200), ("TRANSLATION_ACCOUNT_DISABLE", 7304)],
    &[("SCREEN_SHARE_WHITEBOARD_CONFLICT", 6220)],
    &[("VIDEO_MISMATCH_CAMERA", 6102)],
    &[],
    &[],
    &[("VIDEO_METHOD_DEPRECATED", 6112)],
    &[],
    &[("SCREEN_SHARE_LIMIT_EXCEED", 6218), ("CMD_MISMATCH_USER", 7101)],
    &[("CLIENT_MISMATCH_USER", 5011), ("VOICE_TRANSLATOR_ACCOUNT_DISABLE", 8200)],
    &[("SECONDARY_AUDIO_UNSUPPORTED", 6017), ("SUBSESSION_EXIT_RESTRICTED", 7505)],
    &[],
    &[("VOICE_TRANSLATOR_NO_AVAILABLE_LANGUAGE_LIST", 8201)],
    &[("SCREEN_SHARE_SYSTEM_DENIED", 6201)],
    &[("CHAT_EMPTY_FILE", 7005)],
    &[("CMD_CHANNEL_NOT_READY", 7104)],
    &[("SCREEN_SHARE_ANNOTATION_NO_ACTIVE_SHARE", 6211)],
    &[],
    &[("CHAT_DELETE_ACCOUNT_DISABLE", 7011)],
    &[("SCREEN_SHARE_OPTIMIZE_VIDEO_UNSUPPORTED", 6206)],
    &[],
    &[("VOICE_TRANSLATOR_LANGUAGE_UNSUPPORTED", 8203)],
    &[],
    &[("INTERNAL_ERROR", 2)],
    &[],
    &[("CLIENT_HOST_PERMISSION_REQUIRED", 5007)],
    &[],
    &[],
    &[("VIDEO_SPOTLIGHT_MISMATCH_STATE", 6117)],
    &[("CLIENT_SESSION_STATE_RECONNECTING", 5003)],
    &[],
    &[],
    &[],
    &[],
    &[("SUBSESSION_MISMATCH_ID", 7502)],
    &[("CLIENT_HOST_OR_MANAGER_PERMISSION_REQUIRED", 5006)],
    &[("WHITEBOARD_INVALID_PARAMETER", 8005)],
    &[],
    &[("SESSION_USER_REMOVED", 3009)],
    &[],
    &[("TRANSCRIPTION_MISMATCH_STATE", 7303)],
    &[("VIDEO_PROCESSOR_UNSUPPORTED", 6119)],
    &[("SCREEN_SHARE_MISMATCH_STATE", 6205), ("VOICE_TRANSLATOR_INCORRECT_TIMBRE", 8205)],
    &[("STREAM_MISMATCH_DEVICE", 6000), ("SUBSESSION_BROADCAST_INVALID_CONTENT", 7507)],
    &[],
    &[],
    &[("LIVE_STREAM_INVALID_PARAMETER", 7401)],
    &[("CLIENT_DUPLICATED_JOIN", 5012)],
    &[("SECONDARY_AUDIO_DEVICE_CONFLICT", 6018)],
    &[("SHARED_PROCESSOR_UNSUPPORTED", 6223)],
    &[],
    &[("CMD_EMPTY_MESSAGE", 7100)],
    &[("VIDEO_CAMERA_PERMISSION_DENIED", 6100)],
    &[],
    &[],
    &[("SECONDARY_AUDIO_SCREEN_SHARING_CONFLICT", 6019)],
    &[("WHITEBOARD_UNSUPPORTED", 8001)],
    &[("VIDEO_MISMATCH_STATE", 6109)],
    &[("VIDEO_PROCESSOR_LIMIT_EXCEED", 6120)],
    &[("CHAT_EXCEED_FILE_SIZE", 7008), ("WHITEBOARD_ACCOUNT_DISABLE", 8000)],
    &[("SCREEN_SHARE_ANNOTATION_NOT_START", 6217)],
    &[],
    &[],
    &[("AUDIO_IN_PSTN", 6012)],
    &[("SUBSESSION_BROADCAST_VOICE_RESTRICTED", 7509)],
    &[],
    &[("SESSION_ENDED", 4004), ("STREAM_MISMATCH_RENDER_ELEMENT", 6003), ("FAR_END_CAMERA_PERMISSION_REQUIRED", 6152)],
    &[("SCREEN_SHARE_USER_DENIED", 6200)],
    &[],
    &[("LIVE_STREAM_MISMATCH_STATE", 7402), ("REAL_TIME_MEDIA_STREAMS_NOT_SUPPORTED_IN_BREAKOUT_ROOM", 8102)],
    &[],
    &[("CMD_EXCEED_MESSAGE_LENGTH", 7103)],
    &[],
    &[("SESSION_INVALID_PARAMETER", 4003)],
    &[("CHAT_INVALID_RETRY_TOKEN", 7006)],
    &[("SUBSESSION_EXCEED_CAPACITY", 7501)],
    &[],
    &[("AUDIO_CAPTURE_LOADING", 6011)],
    &[("SECONDARY_AUDIO_NOT_STARTED", 6020)],
    &[],
    &[("AUDIO_PROCESSOR_UNSUPPORTED", 6026)],
    &[],
    &[("VIDEO_NO_CAMERA", 6101)],
    &[("CHAT_EMPTY_MESSAGE", 7000), ("SUBSESSION_BROADCAST_VOICE_DISABLE", 7508)],
    &[],
    &[],
    &[("SCREEN_SHARE_ANNOTATION_ACCOUNT_DISABLE", 6210)],
    &[("VIDEO_MASK_IMAGE_INACCESSIBLE", 6115)],
    &[],
    &[("AUDIO_SHARE_AUDIO_CONFLICT", 6014)],
    &[],
    &[],
    &[("VIDEO_CAMERA_TAKEN", 6103)],
    &[("CHAT_INVALID_MSG_ID_OR_URL", 7009)],
];
/// A section of the error reference; sub-sections name their parent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Category {
    /// Common or internal exception
    ///
    /// This type of error is caused by a Zoom service issue. If you encounter this error, please report it to Zoom.
    ///
    /// - Id: `common`
    Common,
    /// Session exception
    ///
    /// - Id: `session`
    Session,
    /// Client exception
    ///
    /// - Id: `client`
    Client,
    /// Stream exception
    ///
    /// - Id: `stream`
    /// - Sub-categories: [`Category::Audio`], [`Category::Video`], [`Category::ScreenShare`], [`Category::ShareAnnotation`]
    Stream,
    /// Audio exception
    ///
    /// - Id: `audio`
    /// - Part of: [`Category::Stream`] (Stream exception)
    Audio,
    /// Video exception
    ///
    /// - Id: `video`
    /// - Part of: [`Category::Stream`] (Stream exception)
    Video,
    /// Screen share exception
    ///
    /// - Id: `screen_share`
    /// - Part of: [`Category::Stream`] (Stream exception)
    ScreenShare,
    /// Share annotation exception
    ///
    /// - Id: `share_annotation`
    /// - Part of: [`Category::Stream`] (Stream exception)
    ShareAnnotation,
    /// Chat exception
    ///
    /// - Id: `chat`
    Chat,
    /// Command channel exception
    ///
    /// - Id: `command_channel`
    CommandChannel,
    /// Recording exception
    ///
    /// - Id: `recording`
    Recording,
    /// Live transcription exception
    ///
    /// - Id: `live_transcription`
    LiveTranscription,
    /// Live stream exception
    ///
    /// - Id: `live_stream`
    LiveStream,
    /// Subsession exception
    ///
    /// - Id: `subsession`
    Subsession,
    /// Broadcast streaming exception
    ///
    /// - Id: `broadcast_streaming`
    BroadcastStreaming,
    /// Whiteboard exception
    ///
    /// - Id: `whiteboard`
    Whiteboard,
    /// Real-time media streams exception
    ///
    /// - Id: `real_time_media_streams`
    RealTimeMediaStreams,
    /// Voice translator exception
    ///
    /// - Id: `voice_translator`
    VoiceTranslator,
    /// Incoming live stream exception
    ///
    /// - Id: `incoming_live_stream`
    IncomingLiveStream,
}
impl Category {
    /// Every category, in catalogue order; a parent comes before its sub-categories.
    pub const ALL: &'static [Category] = &[
        Category::Common,
        Category::Session,
        Category::Client,
        Category::Stream,
        Category::Audio,
        Category::Video,
        Category::ScreenShare,
        Category::ShareAnnotation,
        Category::Chat,
        Category::CommandChannel,
        Category::Recording,
        Category::LiveTranscription,
        Category::LiveStream,
        Category::Subsession,
        Category::BroadcastStreaming,
        Category::Whiteboard,
        Category::RealTimeMediaStreams,
        Category::VoiceTranslator,
        Category::IncomingLiveStream,
    ];
}
/// What the catalogue says about each category, in catalogue order.
const CATEGORY_ENTRIES: &[CategoryEntry] = &[
    CategoryEntry {
        id: "common",
        title: "Common or internal exception",
        description: Some("This type of error is caused by a Zoom service issue. If you encounter this error, please report it to Zoom."),
        parent: None,
        children: &[],
        codes: &[ErrorCode::OperationTimeout, ErrorCode::InternalError, ErrorCode::OperationCancelled],
    },
    CategoryEntry {
        id: "session",
        title: "Session exception",
        description: None,
        parent: None,
        children: &[],
        codes: &[ErrorCode::SessionFetchInfoError, ErrorCode::SessionIncorrectPasscode, ErrorCode::SessionUserRemoved, ErrorCode::SessionRoleTypeError, ErrorCode::SessionInvalidParameter, ErrorCode::SessionEnded, ErrorCode::SessionExceedCapacity],
    },
    CategoryEntry {
        id: "client",
        title: "Client exception",
        description: None,
        parent: None,
        children: &[],
        codes: &[ErrorCode::ClientPlatformUnsupported, ErrorCode::ClientDependentAssetsInaccessible, ErrorCode::ClientSessionStateClosed, ErrorCode::ClientSessionStateReconnecting, ErrorCode::ClientHostOrManagerPermissionRequired, ErrorCode::ClientHostPermissionRequired, ErrorCode::ClientOriginHostPermissionRequired, ErrorCode::ClientMismatchUser, ErrorCode::ClientDuplicatedJoin, ErrorCode::ClientInvalidJoinParameter, ErrorCode::ClientHostDisallowRename],
    },
    CategoryEntry {
        id: "stream",
        title: "Stream exception",
        description: None,
        parent: None,
        children: &[Category::Audio, Category::Video, Category::ScreenShare, Category::ShareAnnotation],
        codes: &[ErrorCode::StreamMismatchDevice, ErrorCode::StreamMismatchUser, ErrorCode::StreamSessionJoinRequired, ErrorCode::StreamMismatchRenderElement],
    },
    CategoryEntry {
        id: "audio",
        title: "Audio exception",
        description: None,
        parent: Some(Category::Stream),
        children: &[],
        codes: &[ErrorCode::AudioCaptureFailed, ErrorCode::AudioCaptureLoading, ErrorCode::AudioInPstn, ErrorCode::AudioEncodingRequired, ErrorCode::AudioShareAudioConflict, ErrorCode::AudioNotStarted, ErrorCode::SecondaryAudioUnsupported, ErrorCode::SecondaryAudioDeviceConflict, ErrorCode::SecondaryAudioScreenSharingConflict, ErrorCode::SecondaryAudioNotStarted, ErrorCode::PstnMismatchCountryCode, ErrorCode::PstnNotConnected, ErrorCode::CrcNotConnected, ErrorCode::AudioProcessorUnsupported, ErrorCode::AudioProcessorDuplicateCreate, ErrorCode::AudioProcessorMismatchProcessor, ErrorCode::AudioProcessorLimitExceed],
    },
    CategoryEntry {
        id: "video",
        title: "Video exception",
        description: None,
        parent: Some(Category::Stream),
        children: &[],
        codes: &[ErrorCode::VideoCameraPermissionDenied, ErrorCode::VideoNoCamera, ErrorCode::VideoMismatchCamera, ErrorCode::VideoCameraTaken, ErrorCode::VideoVbInitializeError, ErrorCode::VideoCaptureLoading, ErrorCode::VideoVbUnsupported, ErrorCode::VideoVbProcessorConflict, ErrorCode::VideoMismatchState, ErrorCode::VideoEstablishStreamError, ErrorCode::VideoRenderLimitExceed, ErrorCode::VideoMethodDeprecated, ErrorCode::VideoVbImageInaccessible, ErrorCode::VideoVbMismatchState, ErrorCode::VideoMaskImageInaccessible, ErrorCode::VideoMaskProcessorConflict, ErrorCode::VideoSpotlightMismatchState, ErrorCode::VideoSpotlightMultiConflict, ErrorCode::VideoProcessorUnsupported, ErrorCode::VideoProcessorLimitExceed, ErrorCode::VideoProcessorDuplicateCreate, ErrorCode::VideoProcessorMismatchProcessor, ErrorCode::FarEndCameraControlDeviceUnsupported, ErrorCode::FarEndCameraControlMismatchState, ErrorCode::FarEndCameraPermissionRequired, ErrorCode::FarEndCameraInvalidRange, ErrorCode::FarEndCameraRateLimit],
    },
    CategoryEntry {
        id: "screen_share",
        title: "Screen share exception",
        description: None,
        parent: Some(Category::Stream),
        children: &[],
        codes: &[ErrorCode::ScreenShareUserDenied, ErrorCode::ScreenShareSystemDenied, ErrorCode::ScreenShareUnsupported, ErrorCode::ScreenShareSubsessionConflict, ErrorCode::ScreenShareHostPrivilegeRequired, ErrorCode::ScreenShareMismatchState, ErrorCode::ScreenShareOptimizeVideoUnsupported, ErrorCode::ScreenShareOptimizeVideoConflict, ErrorCode::ScreenShareInvalidPrivilege, ErrorCode::ScreenShareWhiteboardConflict, ErrorCode::ScreenShareLimitExceed],
    },
    CategoryEntry {
        id: "share_annotation",
        title: "Share annotation exception",
        description: None,
        parent: Some(Category::Stream),
        children: &[],
        codes: &[ErrorCode::ScreenShareAnnotationAccountDisable, ErrorCode::ScreenShareAnnotationNoActiveShare, ErrorCode::ScreenShareAnnotationPresenterDisabled, ErrorCode::ScreenShareAnnotationDuplicateStart, ErrorCode::ScreenShareAnnotationStartError, ErrorCode::ScreenShareAnnotationIncorrectParameter, ErrorCode::ScreenShareAnnotationNotSupport, ErrorCode::ScreenShareAnnotationNotStart, ErrorCode::SharedProcessorUnsupported, ErrorCode::SharedProcessorDuplicateCreate, ErrorCode::SharedProcessorMismatchProcessor, ErrorCode::SharedProcessorLimitExceed],
    },
    CategoryEntry {
        id: "chat",
        title: "Chat exception",
        description: None,
        parent: None,
        children: &[],
        codes: &[ErrorCode::ChatEmptyMessage, ErrorCode::ChatMismatchUser, ErrorCode::ChatInsufficientPrivilege, ErrorCode::ChatInvalidPrivilege, ErrorCode::ChatSubsessionConflict, ErrorCode::ChatEmptyFile, ErrorCode::ChatInvalidRetryToken, ErrorCode::ChatMismatchFileType, ErrorCode::ChatExceedFileSize, ErrorCode::ChatInvalidMsgIdOrUrl, ErrorCode::ChatFileAccountDisable, ErrorCode::ChatDeleteAccountDisable],
    },
    CategoryEntry {
        id: "command_channel",
        title: "Command channel exception",
        description: None,
        parent: None,
        children: &[],
        codes: &[ErrorCode::CmdEmptyMessage, ErrorCode::CmdMismatchUser, ErrorCode::CmdInvalidMessageType, ErrorCode::CmdExceedMessageLength, ErrorCode::CmdChannelNotReady],
    },
    CategoryEntry {
        id: "recording",
        title: "Recording exception",
        description: None,
        parent: None,
        children: &[],
        codes: &[ErrorCode::RecordingAccountDisable, ErrorCode::RecordingStopForbidden, ErrorCode::RecordingMismatchState, ErrorCode::RecordingIsoDisable],
    },
    CategoryEntry {
        id: "live_transcription",
        title: "Live transcription exception",
        description: None,
        parent: None,
        children: &[],
        codes: &[ErrorCode::TranscriptionAccountDisable, ErrorCode::TranscriptionFeatureDisable, ErrorCode::TranscriptionLanguageUnsupported, ErrorCode::TranscriptionMismatchState, ErrorCode::TranslationAccountDisable, ErrorCode::TranslationLanguageUnsupported, ErrorCode::TranscriptionLanguageLocked],
    },
    CategoryEntry {
        id: "live_stream",
        title: "Live stream exception",
        description: None,
        parent: None,
        children: &[],
        codes: &[ErrorCode::LiveStreamAccountDisable, ErrorCode::LiveStreamInvalidParameter, ErrorCode::LiveStreamMismatchState],
    },
    CategoryEntry {
        id: "subsession",
        title: "Subsession exception",
        description: None,
        parent: None,
        children: &[],
        codes: &[ErrorCode::SubsessionAccountDisable, ErrorCode::SubsessionExceedCapacity, ErrorCode::SubsessionMismatchId, ErrorCode::SubsessionMismatchUser, ErrorCode::SubsessionMismatchState, ErrorCode::SubsessionExitRestricted, ErrorCode::SubsessionBroadcastDisable, ErrorCode::SubsessionBroadcastInvalidContent, ErrorCode::SubsessionBroadcastVoiceDisable, ErrorCode::SubsessionBroadcastVoiceRestricted, ErrorCode::SubsessionBroadcastVoiceMismatchState],
    },
    CategoryEntry {
        id: "broadcast_streaming",
        title: "Broadcast streaming exception",
        description: None,
        parent: None,
        children: &[],
        codes: &[ErrorCode::BroadcastStreamingAccountDisable, ErrorCode::BroadcastStreamingMismatchState, ErrorCode::BroadcastStreamingInvalidChannelId],
    },
    CategoryEntry {
        id: "whiteboard",
        title: "Whiteboard exception",
        description: None,
        parent: None,
        children: &[],
        codes: &[ErrorCode::WhiteboardAccountDisable, ErrorCode::WhiteboardUnsupported, ErrorCode::WhiteboardScreenShareConflict, ErrorCode::WhiteboardMismatchState, ErrorCode::WhiteboardHostPrivilegeRequired, ErrorCode::WhiteboardInvalidParameter, ErrorCode::WhiteboardExportDisable],
    },
    CategoryEntry {
        id: "real_time_media_streams",
        title: "Real-time media streams exception",
        description: None,
        parent: None,
        children: &[],
        codes: &[ErrorCode::RealTimeMediaStreamsNotEnabled, ErrorCode::RealTimeMediaStreamsInvalidState, ErrorCode::RealTimeMediaStreamsNotSupportedInBreakoutRoom],
    },
    CategoryEntry {
        id: "voice_translator",
        title: "Voice translator exception",
        description: None,
        parent: None,
        children: &[],
        codes: &[ErrorCode::VoiceTranslatorAccountDisable, ErrorCode::VoiceTranslatorNoAvailableLanguageList, ErrorCode::VoiceTranslatorMismatchState, ErrorCode::VoiceTranslatorLanguageUnsupported, ErrorCode::VoiceTranslatorIncorrectBalanceRange, ErrorCode::VoiceTranslatorIncorrectTimbre],
    },
    CategoryEntry {
        id: "incoming_live_stream",
        title: "Incoming live stream exception",
        description: None,
        parent: None,
        children: &[],
        codes: &[ErrorCode::IncomingLiveStreamInvalidParameter, ErrorCode::IncomingLiveStreamMismatchState],
    },
];
/// The hash table of the category ids, for `find_by_hash`.
const CATEGORY_ID_SLOTS: &[u32] = &[
    0, 0, 0, 0, 0, 0, 0, 14, 8, 0, 0, 0, 0, 0, 0, 0,
    13, 0, 0, 0, 18, 19, 0, 15, 0, 5, 0, 0, 0, 0, 3, 17,
    0, 7, 0, 0, 0, 4, 10, 0, 0, 0, 0, 9, 6, 11, 12, 0,
    0, 0, 0, 0, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 16, 0,
];
/// A numbered reason of any error code that has them, as returned by
/// [`ErrorCode::reason`] and [`ErrorCode::reasons`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Reason {
    /// A numbered reason of [`ErrorCode::AudioCaptureFailed`] (`AUDIO_CAPTURE_FAILED`, `6010`).
    AudioCaptureFailed(AudioCaptureFailedReason),
}
impl Reason {
    /// The error code, the number and the row of the reason.
    const fn parts(self) -> (ErrorCode, u32, &'static ReasonEntry) {
        match self {
            Reason::AudioCaptureFailed(reason) => (ErrorCode::AudioCaptureFailed, reason.code(), reason.entry()),
        }
    }
}
/// The numbered reasons of [`ErrorCode::AudioCaptureFailed`] (`AUDIO_CAPTURE_FAILED`, `6010`).
///
/// The discriminant is the reason's number. Reach a reason from its code with [`ErrorCode::reason`];
/// [`AudioCaptureFailedReason::ERROR_CODE`] leads back.
///
/// Exhaustive: the list is the SDK's, and a new reason would be a breaking change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u32)]
pub enum AudioCaptureFailedReason {
    /// Permission denied by user
    ///
    /// Reason `1` of [`ErrorCode::AudioCaptureFailed`] (`AUDIO_CAPTURE_FAILED`), named `PERMISSION_DENIED_BY_USER`.
    PermissionDeniedByUser = 1,
    /// Permission denied by system
    ///
    /// Reason `2` of [`ErrorCode::AudioCaptureFailed`] (`AUDIO_CAPTURE_FAILED`), named `PERMISSION_DENIED_BY_SYSTEM`.
    PermissionDeniedBySystem = 2,
    /// Device in use
    ///
    /// Reason `3` of [`ErrorCode::AudioCaptureFailed`] (`AUDIO_CAPTURE_FAILED`), named `DEVICE_IN_USE`.
    DeviceInUse = 3,
    /// No device found
    ///
    /// Reason `4` of [`ErrorCode::AudioCaptureFailed`] (`AUDIO_CAPTURE_FAILED`), named `NO_DEVICE_FOUND`.
    NoDeviceFound = 4,
    /// Unknown reason
    ///
    /// Reason `5` of [`ErrorCode::AudioCaptureFailed`] (`AUDIO_CAPTURE_FAILED`), named `UNKNOWN`.
    Unknown = 5,
    /// Constraint violation
    ///
    /// Reason `6` of [`ErrorCode::AudioCaptureFailed`] (`AUDIO_CAPTURE_FAILED`), named `CONSTRAINT_VIOLATION`.
    ConstraintViolation = 6,
    /// Permission dismissed by user
    ///
    /// Reason `7` of [`ErrorCode::AudioCaptureFailed`] (`AUDIO_CAPTURE_FAILED`), named `PERMISSION_DISMISSED_BY_USER`.
    PermissionDismissedByUser = 7,
}
impl AudioCaptureFailedReason {
    /// Every reason, in catalogue order.
    pub const ALL: &'static [AudioCaptureFailedReason] = &[
        AudioCaptureFailedReason::PermissionDeniedByUser,
        AudioCaptureFailedReason::PermissionDeniedBySystem,
        AudioCaptureFailedReason::DeviceInUse,
        AudioCaptureFailedReason::NoDeviceFound,
        AudioCaptureFailedReason::Unknown,
        AudioCaptureFailedReason::ConstraintViolation,
        AudioCaptureFailedReason::PermissionDismissedByUser,
    ];
    /// The error code these reasons belong to.
    pub const ERROR_CODE: ErrorCode = ErrorCode::AudioCaptureFailed;
    /// What `TryFrom<u32>` and `FromStr` report looking up a value outside the list.
    const UNKNOWN_CODE_KIND: &'static str = "AUDIO_CAPTURE_FAILED reason";
    const UNKNOWN_NAME_KIND: &'static str = "AUDIO_CAPTURE_FAILED reason name";
    /// What the catalogue says about each reason, in catalogue order.
    const ENTRIES: &'static [ReasonEntry] = &[
        ReasonEntry { name: "PERMISSION_DENIED_BY_USER", description: "Permission denied by user" },
        ReasonEntry { name: "PERMISSION_DENIED_BY_SYSTEM", description: "Permission denied by system" },
        ReasonEntry { name: "DEVICE_IN_USE", description: "Device in use" },
        ReasonEntry { name: "NO_DEVICE_FOUND", description: "No device found" },
        ReasonEntry { name: "UNKNOWN", description: "Unknown reason" },
        ReasonEntry { name: "CONSTRAINT_VIOLATION", description: "Constraint violation" },
        ReasonEntry { name: "PERMISSION_DISMISSED_BY_USER", description: "Permission dismissed by user" },
    ];
    /// The hash table of the reasons' names, for `find_by_hash`.
    const NAME_SLOTS: &'static [u32] = &[
        0, 0, 1, 7, 0, 0, 0, 3, 0, 5, 4, 0, 2, 0, 6, 0,
    ];
    /// The reason's place in catalogue order, in `ALL` and `ENTRIES`.
    const fn position(self) -> usize {
        match self {
            AudioCaptureFailedReason::PermissionDeniedByUser => 0,
            AudioCaptureFailedReason::PermissionDeniedBySystem => 1,
            AudioCaptureFailedReason::DeviceInUse => 2,
            AudioCaptureFailedReason::NoDeviceFound => 3,
            AudioCaptureFailedReason::Unknown => 4,
            AudioCaptureFailedReason::ConstraintViolation => 5,
            AudioCaptureFailedReason::PermissionDismissedByUser => 6,
        }
    }
    /// The reason with this number, if there is one.
    #[must_use]
    pub const fn from_code(code: u32) -> Option<Self> {
        match code {
            1 => Some(AudioCaptureFailedReason::PermissionDeniedByUser),
            2 => Some(AudioCaptureFailedReason::PermissionDeniedBySystem),
            3 => Some(AudioCaptureFailedReason::DeviceInUse),
            4 => Some(AudioCaptureFailedReason::NoDeviceFound),
            5 => Some(AudioCaptureFailedReason::Unknown),
            6 => Some(AudioCaptureFailedReason::ConstraintViolation),
            7 => Some(AudioCaptureFailedReason::PermissionDismissedByUser),
            _ => None,
        }
    }
}
impl AudioCaptureFailedReason {
    /// The reason's number.
    #[must_use]
    pub const fn code(self) -> u32 {
        self as u32
    }
    /// The reason's `SCREAMING_SNAKE_CASE` name.
    #[must_use]
    pub const fn name(self) -> &'static str {
        self.entry().name
    }
    /// The catalogue's description of the reason.
    #[must_use]
    pub const fn description(self) -> &'static str {
        self.entry().description
    }
    /// The reason with this `SCREAMING_SNAKE_CASE` name (exact match), if there is one.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        find_by_hash(Self::NAME_SLOTS, Self::ALL, Self::name, name)
    }
    /// This reason's row of `ENTRIES`.
    const fn entry(self) -> &'static ReasonEntry {
        &Self::ENTRIES[self.position()]
    }
}
impl From<AudioCaptureFailedReason> for u32 {
    fn from(reason: AudioCaptureFailedReason) -> Self {
        reason.code()
    }
}
impl TryFrom<u32> for AudioCaptureFailedReason {
    type Error = UnknownCode;
    fn try_from(code: u32) -> Result<Self, UnknownCode> {
        match Self::from_code(code) {
            Some(found) => Ok(found),
            None => {
                Err(UnknownCode {
                    kind: Self::UNKNOWN_CODE_KIND,
                    code,
                })
            }
        }
    }
}
impl FromStr for AudioCaptureFailedReason {
    type Err = UnknownName;
    fn from_str(name: &str) -> Result<Self, UnknownName> {
        Self::from_name(name)
            .ok_or_else(|| UnknownName::new(Self::UNKNOWN_NAME_KIND, name))
    }
}
impl From<AudioCaptureFailedReason> for Reason {
    fn from(reason: AudioCaptureFailedReason) -> Self {
        Self::AudioCaptureFailed(reason)
    }
}
/// The name and the number, e.g. `DEVICE_IN_USE (3)`.
impl fmt::Display for AudioCaptureFailedReason {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        pad::<41>(formatter, format_args!("{} ({})", self.name(), self.code()))
    }
}
#[cfg(feature = "serde")]
impl serde::Serialize for AudioCaptureFailedReason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(self.code())
    }
}
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for AudioCaptureFailedReason {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = AudioCaptureFailedReason;
            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(
                    formatter,
                    "a reason of {} in the catalogue, as its number or its SCREAMING_SNAKE_CASE name",
                    AudioCaptureFailedReason::ERROR_CODE.name()
                )
            }
            fn visit_u64<E: serde::de::Error>(
                self,
                value: u64,
            ) -> Result<AudioCaptureFailedReason, E> {
                u32::try_from(value)
                    .ok()
                    .and_then(AudioCaptureFailedReason::from_code)
                    .ok_or_else(|| E::invalid_value(
                        serde::de::Unexpected::Unsigned(value),
                        &self,
                    ))
            }
            fn visit_i64<E: serde::de::Error>(
                self,
                value: i64,
            ) -> Result<AudioCaptureFailedReason, E> {
                u32::try_from(value)
                    .ok()
                    .and_then(AudioCaptureFailedReason::from_code)
                    .ok_or_else(|| E::invalid_value(
                        serde::de::Unexpected::Signed(value),
                        &self,
                    ))
            }
            /// A number JSON Schema counts an integer, such as `6010.0`, as the schema does.
            fn visit_f64<E: serde::de::Error>(
                self,
                value: f64,
            ) -> Result<AudioCaptureFailedReason, E> {
                integral_u32(value)
                    .and_then(AudioCaptureFailedReason::from_code)
                    .ok_or_else(|| E::invalid_value(
                        serde::de::Unexpected::Float(value),
                        &self,
                    ))
            }
            fn visit_str<E: serde::de::Error>(
                self,
                value: &str,
            ) -> Result<AudioCaptureFailedReason, E> {
                AudioCaptureFailedReason::from_name(value)
                    .ok_or_else(|| E::invalid_value(
                        serde::de::Unexpected::Str(value),
                        &self,
                    ))
            }
        }
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(Visitor)
        } else {
            deserializer.deserialize_u32(Visitor)
        }
    }
}
// The code: accessors and conversions, which read the tables above.
/// Formats `text` into a buffer of `N` bytes on the stack and hands it to
/// `Formatter::pad`, which applies width, fill, alignment and precision as
/// it does for a `&str`, so `format!("{code:<30}")` lines codes up. The
/// crate has no allocator to join the pieces in; each caller's `N` is the
/// longest text it can write, known when the crate was generated. A text
/// that does not fit all the same is written whole and unpadded rather than cut.
fn pad<const N: usize>(
    formatter: &mut fmt::Formatter<'_>,
    text: fmt::Arguments<'_>,
) -> fmt::Result {
    struct Buffer<const N: usize> {
        bytes: [u8; N],
        len: usize,
    }
    impl<const N: usize> fmt::Write for Buffer<N> {
        fn write_str(&mut self, piece: &str) -> fmt::Result {
            let end = self.len + piece.len();
            if end > N {
                return Err(fmt::Error);
            }
            self.bytes[self.len..end].copy_from_slice(piece.as_bytes());
            self.len = end;
            Ok(())
        }
    }
    if formatter.width().is_none() && formatter.precision().is_none() {
        return formatter.write_fmt(text);
    }
    let mut buffer = Buffer::<N> {
        bytes: [0; N],
        len: 0,
    };
    if fmt::write(&mut buffer, text).is_err() {
        return formatter.write_fmt(text);
    }
    match core::str::from_utf8(&buffer.bytes[..buffer.len]) {
        Ok(text) => formatter.pad(text),
        Err(_) => formatter.write_fmt(text),
    }
}
/// FNV-1a (32 bits) of `bytes`, the hash the lookup tables were built with.
fn fnv1a(bytes: &[u8]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for &byte in bytes {
        hash = (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193);
    }
    hash
}
/// Looks `key` up in an open-addressing table generated from `all`: a slot
/// holds 0 when empty, else a position in `all` plus one. At most half the
/// slots are full, so the probe always reaches an empty slot.
fn find_by_hash<T: Copy>(
    slots: &[u32],
    all: &[T],
    key_of: fn(T) -> &'static str,
    key: &str,
) -> Option<T> {
    let mask = slots.len() - 1;
    let mut slot = fnv1a(key.as_bytes()) as usize & mask;
    loop {
        let position = slots[slot] as usize;
        if position == 0 {
            return None;
        }
        let candidate = all[position - 1];
        if key_of(candidate) == key {
            return Some(candidate);
        }
        slot = (slot + 1) & mask;
    }
}
/// What the catalogue says about one error code: an arm of `ErrorCode::entry`.
/// An optional text is `""` when the catalogue has none (it has no
/// empty texts): a `Some(..)` in every arm cost about a fifth of the
/// crate's type check at 15,000 codes.
struct ErrorCodeEntry {
    name: &'static str,
    description: &'static str,
    category: Category,
    methods: &'static [&'static str],
    details: &'static [&'static str],
    reasons: &'static [Reason],
    deprecated: &'static str,
    since: &'static str,
}
/// An optional text of an `ErrorCodeEntry`: `None` for `""`.
const fn non_empty(text: &'static str) -> Option<&'static str> {
    if text.is_empty() { None } else { Some(text) }
}
impl ErrorCode {
    /// The number the SDK reports, e.g. in the `errorCode` field of a rejected promise.
    #[must_use]
    pub const fn code(self) -> u32 {
        self as u32
    }
    /// The `SCREAMING_SNAKE_CASE` name the SDK uses for the code.
    #[must_use]
    pub const fn name(self) -> &'static str {
        self.entry().name
    }
    /// The catalogue's description, if it has one.
    ///
    /// It takes `&self`, unlike the other accessors, so that it wins over the
    /// deprecated `std::error::Error::description` (which `ErrorCode`
    /// implements, and which takes `&self`) when that trait is in scope:
    /// `code.description()` is always the catalogue's text.
    #[must_use]
    #[allow(
        clippy::trivially_copy_pass_by_ref,
        reason = "see above: `&self` decides method resolution"
    )]
    pub const fn description(&self) -> Option<&'static str> {
        non_empty(self.entry().description)
    }
    /// The section of the reference the code is listed in.
    #[must_use]
    pub const fn category(self) -> Category {
        self.entry().category
    }
    /// The SDK methods the description names, as `object.method` paths.
    #[must_use]
    pub const fn methods(self) -> &'static [&'static str] {
        self.entry().methods
    }
    /// Un-numbered notes that come with the code: causes or messages.
    #[must_use]
    pub const fn details(self) -> &'static [&'static str] {
        self.entry().details
    }
    /// The code's numbered reasons, in order; empty for most codes.
    #[must_use]
    pub const fn reasons(self) -> &'static [Reason] {
        self.entry().reasons
    }
    /// The numbered reason `code` of this error code, if it has one by that number.
    #[must_use]
    pub const fn reason(self, code: u32) -> Option<Reason> {
        let reasons = self.reasons();
        let mut position = 0;
        while position < reasons.len() {
            if reasons[position].code() == code {
                return Some(reasons[position]);
            }
            position += 1;
        }
        None
    }
    /// The numbered reason of this error code with this `SCREAMING_SNAKE_CASE`
    /// name (exact match), if it has one.
    #[must_use]
    pub fn reason_named(self, name: &str) -> Option<Reason> {
        self.reasons().iter().copied().find(|reason| reason.name() == name)
    }
    /// Why the code is retired, if it is; a retired code is never reused.
    #[must_use]
    pub const fn deprecated(self) -> Option<&'static str> {
        non_empty(self.entry().deprecated)
    }
    /// The SDK version that introduced the code, if the catalogue records it.
    #[must_use]
    pub const fn since(self) -> Option<&'static str> {
        non_empty(self.entry().since)
    }
    /// The code with this `SCREAMING_SNAKE_CASE` name (exact match), if the catalogue has one.
    ///
    /// A lookup in a hash table of the names built at generation time: its cost does not grow with the catalogue.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        let buckets = ERROR_CODE_NAME_BUCKETS;
        let bucket = buckets[fnv1a(name.as_bytes()) as usize & (buckets.len() - 1)];
        let &(_, code) = bucket.iter().find(|(candidate, _)| *candidate == name)?;
        Self::from_code(code)
    }
}
impl From<ErrorCode> for u32 {
    fn from(code: ErrorCode) -> Self {
        code.code()
    }
}
impl TryFrom<u32> for ErrorCode {
    type Error = UnknownCode;
    fn try_from(code: u32) -> Result<Self, UnknownCode> {
        match Self::from_code(code) {
            Some(found) => Ok(found),
            None => {
                Err(UnknownCode {
                    kind: "error code",
                    code,
                })
            }
        }
    }
}
impl FromStr for ErrorCode {
    type Err = UnknownName;
    fn from_str(name: &str) -> Result<Self, UnknownName> {
        Self::from_name(name).ok_or_else(|| UnknownName::new("error code name", name))
    }
}
/// The name and the number, e.g. `AUDIO_CAPTURE_FAILED (6010)`; width, fill,
/// alignment and precision apply to the whole text.
impl fmt::Display for ErrorCode {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        pad::<67>(formatter, format_args!("{} ({})", self.name(), self.code()))
    }
}
/// The variant's name, as `#[derive(Debug)]` writes it: the UpperCamelCase
/// of [`ErrorCode::name`], e.g. `AudioCaptureFailed`.
impl fmt::Debug for ErrorCode {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        for word in self.name().split('_') {
            let mut letters = word.chars();
            if let Some(first) = letters.next() {
                fmt::Write::write_char(formatter, first)?;
            }
            for letter in letters {
                fmt::Write::write_char(formatter, letter.to_ascii_lowercase())?;
            }
        }
        Ok(())
    }
}
impl core::error::Error for ErrorCode {}
#[cfg(feature = "serde")]
impl serde::Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u32(self.code())
    }
}
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for ErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = ErrorCode;
            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter
                    .write_str(
                        "an error code of the catalogue, as its number or its SCREAMING_SNAKE_CASE name",
                    )
            }
            fn visit_u64<E: serde::de::Error>(self, value: u64) -> Result<ErrorCode, E> {
                u32::try_from(value)
                    .ok()
                    .and_then(ErrorCode::from_code)
                    .ok_or_else(|| E::invalid_value(
                        serde::de::Unexpected::Unsigned(value),
                        &self,
                    ))
            }
            fn visit_i64<E: serde::de::Error>(self, value: i64) -> Result<ErrorCode, E> {
                u32::try_from(value)
                    .ok()
                    .and_then(ErrorCode::from_code)
                    .ok_or_else(|| E::invalid_value(
                        serde::de::Unexpected::Signed(value),
                        &self,
                    ))
            }
            /// A number JSON Schema counts an integer, such as `6010.0`, as the schema does.
            fn visit_f64<E: serde::de::Error>(self, value: f64) -> Result<ErrorCode, E> {
                integral_u32(value)
                    .and_then(ErrorCode::from_code)
                    .ok_or_else(|| E::invalid_value(
                        serde::de::Unexpected::Float(value),
                        &self,
                    ))
            }
            fn visit_str<E: serde::de::Error>(
                self,
                value: &str,
            ) -> Result<ErrorCode, E> {
                ErrorCode::from_name(value)
                    .ok_or_else(|| E::invalid_value(
                        serde::de::Unexpected::Str(value),
                        &self,
                    ))
            }
        }
        if deserializer.is_human_readable() {
            deserializer.deserialize_any(Visitor)
        } else {
            deserializer.deserialize_u32(Visitor)
        }
    }
}
/// What the catalogue says about one category: a row of `CATEGORY_ENTRIES`.
struct CategoryEntry {
    id: &'static str,
    title: &'static str,
    description: Option<&'static str>,
    parent: Option<Category>,
    children: &'static [Category],
    codes: &'static [ErrorCode],
}
impl Category {
    /// The stable `snake_case` identifier.
    #[must_use]
    pub const fn id(self) -> &'static str {
        self.entry().id
    }
    /// The section heading, verbatim.
    #[must_use]
    pub const fn title(self) -> &'static str {
        self.entry().title
    }
    /// The paragraph under the heading, if there is one.
    #[must_use]
    pub const fn description(self) -> Option<&'static str> {
        self.entry().description
    }
    /// The enclosing category, for a sub-section.
    #[must_use]
    pub const fn parent(self) -> Option<Category> {
        self.entry().parent
    }
    /// The direct sub-categories, in catalogue order.
    #[must_use]
    pub const fn children(self) -> &'static [Category] {
        self.entry().children
    }
    /// The codes filed directly in this category (not in its sub-categories), in catalogue order.
    #[must_use]
    pub const fn codes(self) -> &'static [ErrorCode] {
        self.entry().codes
    }
    /// The category with this id (exact match), if there is one.
    #[must_use]
    pub fn from_id(id: &str) -> Option<Self> {
        find_by_hash(CATEGORY_ID_SLOTS, Self::ALL, Self::id, id)
    }
    /// This category's row of `CATEGORY_ENTRIES`: the variants are declared in
    /// catalogue order without explicit discriminants, so a discriminant is a position.
    const fn entry(self) -> &'static CategoryEntry {
        &CATEGORY_ENTRIES[self as usize]
    }
}
impl FromStr for Category {
    type Err = UnknownName;
    fn from_str(id: &str) -> Result<Self, UnknownName> {
        Self::from_id(id).ok_or_else(|| UnknownName::new("category id", id))
    }
}
/// The title, padded like a `&str`.
impl fmt::Display for Category {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.pad(self.title())
    }
}
#[cfg(feature = "serde")]
impl serde::Serialize for Category {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Category {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Category;
            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("the id of a category of the catalogue")
            }
            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Category, E> {
                Category::from_id(value)
                    .ok_or_else(|| E::invalid_value(
                        serde::de::Unexpected::Str(value),
                        &self,
                    ))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}
/// What the catalogue says about one numbered reason: a row of its enum's `ENTRIES`.
struct ReasonEntry {
    name: &'static str,
    description: &'static str,
}
impl Reason {
    /// The error code this reason belongs to.
    #[must_use]
    pub const fn error_code(self) -> ErrorCode {
        self.parts().0
    }
    /// The reason's number within its error code.
    #[must_use]
    pub const fn code(self) -> u32 {
        self.parts().1
    }
    /// The reason's `SCREAMING_SNAKE_CASE` name.
    #[must_use]
    pub const fn name(self) -> &'static str {
        self.parts().2.name
    }
    /// The catalogue's description of the reason.
    #[must_use]
    pub const fn description(self) -> &'static str {
        self.parts().2.description
    }
    /// The reason named `reason_name` of the error code named `error_name`
    /// (both `SCREAMING_SNAKE_CASE`, exact match), if there is one.
    #[must_use]
    pub fn from_names(error_name: &str, reason_name: &str) -> Option<Self> {
        ErrorCode::from_name(error_name)?.reason_named(reason_name)
    }
}
/// The error code's name, then the reason's name and number, e.g.
/// `AUDIO_CAPTURE_FAILED reason DEVICE_IN_USE (3)`.
impl fmt::Display for Reason {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (error_code, code, entry) = self.parts();
        pad::<
            103,
        >(
            formatter,
            format_args!("{} reason {} ({code})", error_code.name(), entry.name),
        )
    }
}
/// Parses `ERROR_NAME.REASON_NAME`, e.g. `AUDIO_CAPTURE_FAILED.DEVICE_IN_USE`:
/// a reason's name alone is only unique within its error code.
impl FromStr for Reason {
    type Err = UnknownName;
    fn from_str(text: &str) -> Result<Self, UnknownName> {
        text.split_once('.')
            .and_then(|(error_name, reason_name)| Self::from_names(
                error_name,
                reason_name,
            ))
            .ok_or_else(|| UnknownName::new("reason", text))
    }
}
/// Serializes as `ERROR_NAME.REASON_NAME`, the text `FromStr` reads.
#[cfg(feature = "serde")]
impl serde::Serialize for Reason {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer
            .collect_str(&format_args!("{}.{}", self.error_code().name(), self.name()))
    }
}
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Reason {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Reason;
            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter
                    .write_str(
                        "a numbered reason of the catalogue, as ERROR_NAME.REASON_NAME",
                    )
            }
            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Reason, E> {
                value
                    .parse()
                    .map_err(|_| E::invalid_value(
                        serde::de::Unexpected::Str(value),
                        &self,
                    ))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}
/// A number that is not in the catalogue, from `TryFrom<u32>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct UnknownCode {
    kind: &'static str,
    code: u32,
}
impl UnknownCode {
    /// The number that was looked up.
    #[must_use]
    pub const fn code(self) -> u32 {
        self.code
    }
    /// What was looked up, e.g. `error code`.
    #[must_use]
    pub const fn kind(self) -> &'static str {
        self.kind
    }
}
/// For example `unknown error code 1234`.
impl fmt::Display for UnknownCode {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        pad::<87>(formatter, format_args!("unknown {} {}", self.kind, self.code))
    }
}
impl core::error::Error for UnknownCode {}
/// A name that is not in the catalogue, from `FromStr`.
///
///Keeps the first 64 bytes of the name (the crate has no allocator).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct UnknownName {
    kind: &'static str,
    bytes: [u8; 64],
    len: usize,
    truncated: bool,
}
impl UnknownName {
    fn new(kind: &'static str, name: &str) -> Self {
        let mut len = name.len().min(64);
        while !name.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0; 64];
        bytes[..len].copy_from_slice(&name.as_bytes()[..len]);
        Self {
            kind,
            bytes,
            len,
            truncated: len < name.len(),
        }
    }
    /// The name that was looked up, cut on a character boundary if it was longer than the buffer.
    #[must_use]
    pub fn name(&self) -> &str {
        core::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
    }
    /// Whether [`UnknownName::name`] is only the start of the name.
    #[must_use]
    pub const fn is_truncated(&self) -> bool {
        self.truncated
    }
    /// What was looked up, e.g. `error code name`.
    #[must_use]
    pub const fn kind(&self) -> &'static str {
        self.kind
    }
}
impl fmt::Debug for UnknownName {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter
            .debug_struct("UnknownName")
            .field("kind", &self.kind)
            .field("name", &self.name())
            .field("truncated", &self.truncated)
            .finish_non_exhaustive()
    }
}
/// For example `unknown error code name "NOT_A_CODE"`.
impl fmt::Display for UnknownName {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        let truncated = if self.truncated { " (truncated)" } else { "" };
        pad::<
            729,
        >(formatter, format_args!("unknown {} {:?}{truncated}", self.kind, self.name()))
    }
}
impl core::error::Error for UnknownName {}
/// The SDK's name for a kind of failure, as a payload's `type` holds it: the SDK's
/// `ErrorTypes`.
///
/// `ErrorPayload` (features `serde` and `alloc`) keeps `type` as the string it received,
/// and `ErrorPayload::error_type` reads it as one of these: a payload may carry a type
/// this version does not list (the SDK's camera errors use types of their own, and a
/// newer SDK may add some). `#[non_exhaustive]`: a minor version may add types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ErrorType {
    ///`INVALID_OPERATION`.
    InvalidOperation,
    ///`INTERNAL_ERROR`.
    InternalError,
    ///`OPERATION_TIMEOUT`.
    OperationTimeout,
    ///`INSUFFICIENT_PRIVILEGES`.
    InsufficientPrivileges,
    ///`IMPROPER_MEETING_STATE`.
    ImproperMeetingState,
    ///`INVALID_PARAMETERS`.
    InvalidParameters,
    ///`OPERATION_LOCKED`.
    OperationLocked,
}
impl ErrorType {
    /// Every error type, in the SDK's order.
    pub const ALL: &'static [Self] = &[
        Self::InvalidOperation,
        Self::InternalError,
        Self::OperationTimeout,
        Self::InsufficientPrivileges,
        Self::ImproperMeetingState,
        Self::InvalidParameters,
        Self::OperationLocked,
    ];
    /// The name, as the SDK writes it in `type`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::InvalidOperation => "INVALID_OPERATION",
            Self::InternalError => "INTERNAL_ERROR",
            Self::OperationTimeout => "OPERATION_TIMEOUT",
            Self::InsufficientPrivileges => "INSUFFICIENT_PRIVILEGES",
            Self::ImproperMeetingState => "IMPROPER_MEETING_STATE",
            Self::InvalidParameters => "INVALID_PARAMETERS",
            Self::OperationLocked => "OPERATION_LOCKED",
        }
    }
    /// The error type with this name (exact match), if this version lists it.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|error_type| error_type.name() == name)
    }
}
/// The name, e.g. `INVALID_OPERATION`; width, fill and alignment apply.
impl fmt::Display for ErrorType {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.pad(self.name())
    }
}
impl FromStr for ErrorType {
    type Err = UnknownName;
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or_else(|| UnknownName::new("error type", name))
    }
}
/// `value` as an unsigned 32-bit integer when it has no fractional part and is in
/// range (`-0.0` is 0), as JSON Schema counts a number such as `6010.0` or `6.01e3`
/// an integer; `None` otherwise (NaN and the infinities too).
#[cfg(feature = "serde")]
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::float_cmp,
    reason = "the value is in range, and converting it back must give it exactly"
)]
fn integral_u32(value: f64) -> Option<u32> {
    if !(0.0..=f64::from(u32::MAX)).contains(&value) {
        return None;
    }
    let integer = value as u32;
    (f64::from(integer) == value).then_some(integer)
}
/// A payload's `errorCode` or `subCode`: an unsigned 32-bit integer, read from any
/// number JSON Schema counts an integer (see [`integral_u32`]).
#[cfg(all(feature = "serde", feature = "alloc"))]
struct SchemaInteger(u32);
#[cfg(all(feature = "serde", feature = "alloc"))]
impl<'de> serde::Deserialize<'de> for SchemaInteger {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = SchemaInteger;
            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("an unsigned 32-bit integer")
            }
            fn visit_u64<E: serde::de::Error>(
                self,
                value: u64,
            ) -> Result<SchemaInteger, E> {
                u32::try_from(value)
                    .map(SchemaInteger)
                    .map_err(|_| E::invalid_value(
                        serde::de::Unexpected::Unsigned(value),
                        &self,
                    ))
            }
            fn visit_i64<E: serde::de::Error>(
                self,
                value: i64,
            ) -> Result<SchemaInteger, E> {
                u32::try_from(value)
                    .map(SchemaInteger)
                    .map_err(|_| E::invalid_value(
                        serde::de::Unexpected::Signed(value),
                        &self,
                    ))
            }
            fn visit_f64<E: serde::de::Error>(
                self,
                value: f64,
            ) -> Result<SchemaInteger, E> {
                integral_u32(value)
                    .map(SchemaInteger)
                    .ok_or_else(|| E::invalid_value(
                        serde::de::Unexpected::Float(value),
                        &self,
                    ))
            }
        }
        deserializer.deserialize_u32(Visitor)
    }
}
/// The object the SDK rejects a failed call with, as its bundle builds it:
/// `{ "type": "...", "reason": "...", "errorCode": 6010, "subCode": 1 }`, as the JSON
/// Schema's lenient `AnyErrorPayload` describes it. Available with the crate features
/// `serde` and `alloc`.
///
/// `error_code` keeps the number as received, in the catalogue or not: a client
/// on a newer SDK reports codes this version does not list, and one such report
/// must not make a whole batch fail to parse. [`ErrorPayload::code`] is `None`
/// for such a code; [`KnownErrorPayload`] is the strict form, which refuses it.
///
/// `errorCode` and `subCode` are read as JSON Schema reads an integer: any number
/// without a fractional part (`6010`, `6010.0`, `6.01e3`), from 0 to 4294967295.
/// A payload without `errorCode`, or whose `errorCode` or `subCode` is anything
/// else (a string such as `"6010"`, a name, a negative or fractional number,
/// `null`), is rejected, as the schema rejects it; so is a `type` or `reason` that
/// is not a string, and a field given twice (the schema's parsers would keep the
/// last one, another reader the first: see `tests/data/payload-corpus.txt`).
/// Other fields are ignored: SDK versions add some.
#[cfg(all(feature = "serde", feature = "alloc"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ErrorPayload {
    /// The `errorCode` field, as received.
    pub error_code: u32,
    /// The `type` field: the kind of failure, as the SDK names it; see
    /// [`ErrorPayload::error_type`].
    pub r#type: Option<alloc::string::String>,
    /// The `reason` field: the SDK's own explanation, free text.
    pub reason: Option<alloc::string::String>,
    /// The `subCode` field: the number the failing step below the call reported.
    /// For a code with numbered reasons it is the reason's number: see
    /// [`ErrorPayload::reason`].
    pub sub_code: Option<u32>,
}
#[cfg(all(feature = "serde", feature = "alloc"))]
impl ErrorPayload {
    /// A payload with this `errorCode` and no other field.
    #[must_use]
    pub const fn new(error_code: u32) -> Self {
        Self {
            error_code,
            r#type: None,
            reason: None,
            sub_code: None,
        }
    }
    /// The error code, or `None` for a number this version of the catalogue does not know.
    #[must_use]
    pub const fn code(&self) -> Option<ErrorCode> {
        ErrorCode::from_code(self.error_code)
    }
    /// `type` as one of the SDK's error types, or `None` when it is absent or a type
    /// this version does not list (the string stays in [`ErrorPayload::type`]).
    #[must_use]
    pub fn error_type(&self) -> Option<ErrorType> {
        self.r#type.as_deref().and_then(ErrorType::from_name)
    }
    /// The numbered reason `subCode` names, for a code with numbered reasons (the
    /// catalogue's reason, not the SDK's `reason` text): `None` without `subCode`,
    /// for a code without numbered reasons or one this version does not know, and
    /// for a number the code does not list.
    #[must_use]
    pub const fn reason(&self) -> Option<Reason> {
        match (self.code(), self.sub_code) {
            (Some(code), Some(sub_code)) => code.reason(sub_code),
            _ => None,
        }
    }
    /// What to show for this payload in a UI or a log: what the catalogue knows of
    /// the code, and a text that is never empty.
    ///
    /// The text is the code's description; when it ends with a colon (it points at
    /// the reasons or details that follow it), it is completed with the numbered
    /// reason `subCode` names or else the SDK's `reason`. A code without a
    /// description, or one this version does not know, gets the SDK's `reason`;
    /// without one either, a line naming the code (`INTERNAL_ERROR (2)`, or
    /// `Error code 99999` for an unknown one). TypeScript's `describeError` gives the
    /// same text.
    #[must_use]
    pub fn describe(&self) -> Description {
        let code = self.code();
        let reason = self.reason();
        let reported = self.reason.as_deref().filter(|text| !text.trim().is_empty());
        let detail = reason.map(Reason::description).or(reported);
        let text = match (code.and_then(|code| code.description()), detail) {
            (Some(description), Some(detail)) if description.ends_with(':') => {
                alloc::format!("{description} {detail}")
            }
            (Some(description), _) => description.into(),
            (None, Some(detail)) => detail.into(),
            (None, None) => {
                match code {
                    Some(code) => alloc::format!("{} ({})", code.name(), code.code()),
                    None => alloc::format!("Error code {}", self.error_code),
                }
            }
        };
        Description {
            error_code: self.error_code,
            code,
            name: code.map(ErrorCode::name),
            category: code.map(ErrorCode::category),
            reason,
            text,
        }
    }
}
/// Writes `type` and `reason` only when present, then `errorCode`, then `subCode`
/// when present: the SDK's order.
#[cfg(all(feature = "serde", feature = "alloc"))]
impl serde::Serialize for ErrorPayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let len = 1 + usize::from(self.r#type.is_some())
            + usize::from(self.reason.is_some()) + usize::from(self.sub_code.is_some());
        let mut payload = serializer.serialize_struct("ErrorPayload", len)?;
        if let Some(kind) = &self.r#type {
            payload.serialize_field("type", kind)?;
        }
        if let Some(reason) = &self.reason {
            payload.serialize_field("reason", reason)?;
        }
        payload.serialize_field("errorCode", &self.error_code)?;
        if let Some(sub_code) = &self.sub_code {
            payload.serialize_field("subCode", sub_code)?;
        }
        payload.end()
    }
}
#[cfg(all(feature = "serde", feature = "alloc"))]
impl<'de> serde::Deserialize<'de> for ErrorPayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        enum Field {
            Type,
            Reason,
            ErrorCode,
            SubCode,
            Other,
        }
        struct FieldVisitor;
        impl serde::de::Visitor<'_> for FieldVisitor {
            type Value = Field;
            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("a field name")
            }
            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Field, E> {
                Ok(
                    match value {
                        "type" => Field::Type,
                        "reason" => Field::Reason,
                        "errorCode" => Field::ErrorCode,
                        "subCode" => Field::SubCode,
                        _ => Field::Other,
                    },
                )
            }
        }
        impl<'de> serde::Deserialize<'de> for Field {
            fn deserialize<D: serde::Deserializer<'de>>(
                deserializer: D,
            ) -> Result<Self, D::Error> {
                deserializer.deserialize_identifier(FieldVisitor)
            }
        }
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = ErrorPayload;
            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter
                    .write_str(
                        "an error payload: an object with `errorCode` and optional `type`, `reason` and `subCode`",
                    )
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<ErrorPayload, A::Error> {
                use serde::de::Error as _;
                let mut payload = ErrorPayload::new(0);
                let mut error_code = None;
                while let Some(field) = map.next_key::<Field>()? {
                    match field {
                        Field::Type if payload.r#type.is_some() => {
                            return Err(A::Error::duplicate_field("type"));
                        }
                        Field::Type => payload.r#type = Some(map.next_value()?),
                        Field::Reason if payload.reason.is_some() => {
                            return Err(A::Error::duplicate_field("reason"));
                        }
                        Field::Reason => payload.reason = Some(map.next_value()?),
                        Field::ErrorCode if error_code.is_some() => {
                            return Err(A::Error::duplicate_field("errorCode"));
                        }
                        Field::ErrorCode => {
                            error_code = Some(map.next_value::<SchemaInteger>()?.0);
                        }
                        Field::SubCode if payload.sub_code.is_some() => {
                            return Err(A::Error::duplicate_field("subCode"));
                        }
                        Field::SubCode => {
                            payload.sub_code = Some(map.next_value::<SchemaInteger>()?.0);
                        }
                        Field::Other => {
                            map.next_value::<serde::de::IgnoredAny>()?;
                        }
                    }
                }
                payload.error_code = error_code
                    .ok_or_else(|| A::Error::missing_field("errorCode"))?;
                Ok(payload)
            }
        }
        deserializer
            .deserialize_struct(
                "ErrorPayload",
                &["type", "reason", "errorCode", "subCode"],
                Visitor,
            )
    }
}
/// An [`ErrorPayload`] whose `errorCode` is a code of the catalogue: the JSON Schema's
/// strict `ErrorPayload` (its root), and TypeScript's `isErrorPayload`. Available with
/// the crate features `serde` and `alloc`.
///
/// Deserializing accepts exactly what [`ErrorPayload`] accepts, less the codes this
/// version does not know. `errorCode` must be a number, as the schema says, although
/// [`ErrorCode`]'s own `Deserialize` also reads a name.
#[cfg(all(feature = "serde", feature = "alloc"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct KnownErrorPayload {
    code: ErrorCode,
    payload: ErrorPayload,
}
#[cfg(all(feature = "serde", feature = "alloc"))]
impl KnownErrorPayload {
    /// The error code.
    #[must_use]
    pub const fn code(&self) -> ErrorCode {
        self.code
    }
    /// The payload, with every field as received.
    #[must_use]
    pub const fn payload(&self) -> &ErrorPayload {
        &self.payload
    }
    /// The payload, with every field as received.
    #[must_use]
    pub fn into_payload(self) -> ErrorPayload {
        self.payload
    }
}
/// The payload when its code is in the catalogue; the number otherwise.
#[cfg(all(feature = "serde", feature = "alloc"))]
impl TryFrom<ErrorPayload> for KnownErrorPayload {
    type Error = UnknownCode;
    fn try_from(payload: ErrorPayload) -> Result<Self, Self::Error> {
        match payload.code() {
            Some(code) => Ok(Self { code, payload }),
            None => {
                Err(UnknownCode {
                    kind: "error code",
                    code: payload.error_code,
                })
            }
        }
    }
}
#[cfg(all(feature = "serde", feature = "alloc"))]
impl From<KnownErrorPayload> for ErrorPayload {
    fn from(known: KnownErrorPayload) -> Self {
        known.payload
    }
}
/// As [`ErrorPayload`] writes it.
#[cfg(all(feature = "serde", feature = "alloc"))]
impl serde::Serialize for KnownErrorPayload {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde::Serialize::serialize(&self.payload, serializer)
    }
}
#[cfg(all(feature = "serde", feature = "alloc"))]
impl<'de> serde::Deserialize<'de> for KnownErrorPayload {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let payload = <ErrorPayload as serde::Deserialize>::deserialize(deserializer)?;
        let code = u64::from(payload.error_code);
        Self::try_from(payload)
            .map_err(|_| {
                <D::Error as serde::de::Error>::invalid_value(
                    serde::de::Unexpected::Unsigned(code),
                    &"an error code of the catalogue in `errorCode`",
                )
            })
    }
}
/// What to show for an error payload, from [`ErrorPayload::describe`]: the reported
/// code, what the catalogue knows of it, and a text that is never empty. Available
/// with the crate features `serde` and `alloc`.
#[cfg(all(feature = "serde", feature = "alloc"))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Description {
    /// The `errorCode` as reported.
    pub error_code: u32,
    /// The code, when the catalogue knows it.
    pub code: Option<ErrorCode>,
    /// The code's name, when the catalogue knows it.
    pub name: Option<&'static str>,
    /// The code's category, when the catalogue knows the code.
    pub category: Option<Category>,
    /// The numbered reason `subCode` names, if any.
    pub reason: Option<Reason>,
    /// What to show: see [`ErrorPayload::describe`].
    pub text: alloc::string::String,
}
#[cfg(all(feature = "serde", feature = "alloc"))]
impl Description {
    /// Whether the catalogue knows the code.
    #[must_use]
    pub const fn is_known(&self) -> bool {
        self.code.is_some()
    }
}
/// The text.
#[cfg(all(feature = "serde", feature = "alloc"))]
impl fmt::Display for Description {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.pad(&self.text)
    }
}
