// Generated from catalogue.toml by `cargo xtask gen`. Do not edit by hand.

/** The numbered reasons that come with `ErrorCode.AUDIO_CAPTURE_FAILED` (`6010`). */
export const AudioCaptureFailedReason = {
  /** Permission denied by user */
  PERMISSION_DENIED_BY_USER: 1,
  /** Permission denied by system */
  PERMISSION_DENIED_BY_SYSTEM: 2,
  /** Device in use */
  DEVICE_IN_USE: 3,
  /** No device found */
  NO_DEVICE_FOUND: 4,
  /** Unknown reason */
  UNKNOWN: 5,
  /** Constraint violation */
  CONSTRAINT_VIOLATION: 6,
  /** Permission dismissed by user */
  PERMISSION_DISMISSED_BY_USER: 7,
} as const;
/** The numbered reasons that come with `ErrorCode.AUDIO_CAPTURE_FAILED` (`6010`). */
export type AudioCaptureFailedReason = (typeof AudioCaptureFailedReason)[keyof typeof AudioCaptureFailedReason];
