// Generated from catalogue.toml by `cargo xtask gen`. Do not edit by hand.

import type { ErrorCode } from "./codes.js";

// Every number of the catalogue, in catalogue order.
const CODES: ReadonlySet<number> = new Set([
  1,
  2,
  3,
  200,
  3004,
  3009,
  3010,
  4003,
  4004,
  4005,
  5000,
  5001,
  5002,
  5003,
  5006,
  5007,
  5008,
  5011,
  5012,
  5013,
  5014,
  6000,
  6001,
  6002,
  6003,
  6010,
  6011,
  6012,
  6013,
  6014,
  6015,
  6017,
  6018,
  6019,
  6020,
  6021,
  6022,
  6023,
  6026,
  6027,
  6028,
  6029,
  6100,
  6101,
  6102,
  6103,
  6104,
  6105,
  6107,
  6108,
  6109,
  6110,
  6111,
  6112,
  6113,
  6114,
  6115,
  6116,
  6117,
  6118,
  6119,
  6120,
  6121,
  6122,
  6150,
  6151,
  6152,
  6153,
  6154,
  6200,
  6201,
  6202,
  6203,
  6204,
  6205,
  6206,
  6207,
  6208,
  6220,
  6218,
  6210,
  6211,
  6212,
  6213,
  6214,
  6215,
  6216,
  6217,
  6223,
  6224,
  6225,
  6226,
  7000,
  7001,
  7002,
  7003,
  7004,
  7005,
  7006,
  7007,
  7008,
  7009,
  7010,
  7011,
  7100,
  7101,
  7102,
  7103,
  7104,
  7200,
  7201,
  7202,
  7203,
  7300,
  7301,
  7302,
  7303,
  7304,
  7305,
  7310,
  7400,
  7401,
  7402,
  7500,
  7501,
  7502,
  7503,
  7504,
  7505,
  7506,
  7507,
  7508,
  7509,
  7510,
  7900,
  7901,
  7902,
  8000,
  8001,
  8002,
  8003,
  8004,
  8005,
  8006,
  8100,
  8101,
  8102,
  8200,
  8201,
  8202,
  8203,
  8204,
  8205,
  7450,
  7451,
]);

/**
 * Whether `value` is one of the error codes: `false` for anything that is not
 * a number (including a code's name or its number as a string), `NaN`,
 * non-integers and numbers the catalogue does not list.
 */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "number" && CODES.has(value);
}

/** The kinds of failure the SDK names in a payload's `type` (its `ErrorTypes`). */
export type ErrorType =
  | "INVALID_OPERATION"
  | "INTERNAL_ERROR"
  | "OPERATION_TIMEOUT"
  | "INSUFFICIENT_PRIVILEGES"
  | "IMPROPER_MEETING_STATE"
  | "INVALID_PARAMETERS"
  | "OPERATION_LOCKED";

/**
 * The object the SDK rejects a failed call with, `{ type, reason, errorCode }`,
 * and `subCode` for the failures that come with a numbered reason.
 *
 * `Code` is `ErrorCode` for a payload `isErrorPayload` accepts, and `number`
 * for one only `isAnyErrorPayload` accepts: a code this version of the
 * package does not know, reported by a newer SDK.
 */
export interface ErrorPayload<Code extends number = ErrorCode> {
  /**
   * The kind of failure: one of the SDK's `ErrorTypes`, or another name (the
   * camera errors carry the device's own, and a newer SDK may add kinds).
   */
  readonly type?: ErrorType | (string & {}) | undefined;
  /** A human-readable explanation. */
  readonly reason?: string | undefined;
  /** The error code. */
  readonly errorCode: Code;
  /**
   * The number of the reason beside the code, which the SDK adds with
   * `Object.assign` and its typings omit: for a code whose reasons are
   * numbered, `reasonInfo(errorCode, subCode)` names it; the camera errors
   * carry the device's own error number.
   */
  readonly subCode?: number | undefined;
}

/**
 * Whether `value` is an error payload with a code of this catalogue: an
 * object whose `errorCode` is one of the codes, whose `type` and `reason`
 * are strings and whose `subCode` is an unsigned 32-bit integer, where
 * present (`undefined` counts as absent, as it does in JSON). Other
 * properties are allowed. This is the JSON Schema's `ErrorPayload`.
 */
export function isErrorPayload(value: unknown): value is ErrorPayload {
  return isAnyErrorPayload(value) && CODES.has(value.errorCode);
}

/**
 * Whether `value` is an error payload with any code: as `isErrorPayload`,
 * but `errorCode` may be any unsigned 32-bit integer, so that a report from
 * a newer SDK is still read. This is the JSON Schema's `AnyErrorPayload` and
 * what the Rust `ErrorPayload` accepts.
 */
export function isAnyErrorPayload(value: unknown): value is ErrorPayload<number> {
  if (typeof value !== "object" || value === null) {
    return false;
  }
  const payload = value as {
    readonly type?: unknown;
    readonly reason?: unknown;
    readonly errorCode?: unknown;
    readonly subCode?: unknown;
  };
  return (
    isUnsigned32(payload.errorCode) &&
    (payload.type === undefined || typeof payload.type === "string") &&
    (payload.reason === undefined || typeof payload.reason === "string") &&
    (payload.subCode === undefined || isUnsigned32(payload.subCode))
  );
}

function isUnsigned32(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 0xffff_ffff;
}
