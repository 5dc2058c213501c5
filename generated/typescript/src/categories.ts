// Generated from catalogue.toml by `cargo xtask gen`. Do not edit by hand.

/** The section of the reference an error code is filed under; the value is the section's stable id. */
export const ErrorCategory = {
  /**
   * Common or internal exception
   *
   * This type of error is caused by a Zoom service issue. If you encounter this error, please report it to Zoom.
   */
  COMMON: "common",
  /** Session exception */
  SESSION: "session",
  /** Client exception */
  CLIENT: "client",
  /** Stream exception */
  STREAM: "stream",
  /**
   * Audio exception
   *
   * A sub-section of Stream exception.
   */
  AUDIO: "audio",
  /**
   * Video exception
   *
   * A sub-section of Stream exception.
   */
  VIDEO: "video",
  /**
   * Screen share exception
   *
   * A sub-section of Stream exception.
   */
  SCREEN_SHARE: "screen_share",
  /**
   * Share annotation exception
   *
   * A sub-section of Stream exception.
   */
  SHARE_ANNOTATION: "share_annotation",
  /** Chat exception */
  CHAT: "chat",
  /** Command channel exception */
  COMMAND_CHANNEL: "command_channel",
  /** Recording exception */
  RECORDING: "recording",
  /** Live transcription exception */
  LIVE_TRANSCRIPTION: "live_transcription",
  /** Live stream exception */
  LIVE_STREAM: "live_stream",
  /** Subsession exception */
  SUBSESSION: "subsession",
  /** Broadcast streaming exception */
  BROADCAST_STREAMING: "broadcast_streaming",
  /** Whiteboard exception */
  WHITEBOARD: "whiteboard",
  /** Real-time media streams exception */
  REAL_TIME_MEDIA_STREAMS: "real_time_media_streams",
  /** Voice translator exception */
  VOICE_TRANSLATOR: "voice_translator",
  /** Incoming live stream exception */
  INCOMING_LIVE_STREAM: "incoming_live_stream",
} as const;
/** The section of the reference an error code is filed under; the value is the section's stable id. */
export type ErrorCategory = (typeof ErrorCategory)[keyof typeof ErrorCategory];
