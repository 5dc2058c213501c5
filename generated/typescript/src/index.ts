// Generated from catalogue.toml by `cargo xtask gen`. Do not edit by hand.

/**
 * The error codes of "Error codes and troubleshooting".
 *
 * Each module below can be bundled on its own: importing only `ErrorCode`
 * leaves the texts of `errorInfo` out of a bundle.
 *
 * @packageDocumentation
 */

export { ErrorCategory } from "./categories.js";
export { ErrorCode, errorName, isErrorCode } from "./codes.js";
export type { ErrorName } from "./codes.js";
export { categoryInfo, errorInfo } from "./info.js";
export type { CategoryInfo, ErrorInfo, ReasonInfo } from "./info.js";
export { AudioCaptureFailedReason } from "./reasons.js";
