// Generated from catalogue.toml by `cargo xtask gen`. Do not edit by hand.

/**
 * The error codes of "Error codes and troubleshooting".
 *
 * Each module below can be bundled on its own: importing only `ErrorCode`
 * leaves the names, the guards and the texts of `errorInfo` out of a bundle.
 *
 * @packageDocumentation
 */

export { ErrorCategory } from "./categories.js";
export { errorCategory } from "./category.js";
export { ErrorCode } from "./codes.js";
export type { ErrorName } from "./codes.js";
export { describeError } from "./describe.js";
export type { ErrorDescription, KnownErrorDescription, UnknownErrorDescription } from "./describe.js";
export { isAnyErrorPayload, isErrorCode, isErrorPayload } from "./guards.js";
export type { ErrorPayload, ErrorType } from "./guards.js";
export { categoryInfo, errorInfo, reasonInfo } from "./info.js";
export type { CategoryInfo, ErrorInfo, ReasonCode, ReasonInfo, ReasonsOf } from "./info.js";
export { errorName } from "./names.js";
export { AudioCaptureFailedReason } from "./reasons.js";
