// Generated from catalogue.toml by `cargo xtask gen`. Do not edit by hand.

import type * as constants from "./constants.js";

/**
 * Every error code of the SDK, under the name and number its own typings use.
 *
 * The SDK rejects a failed call with `{ type, reason, errorCode }`; compare
 * `errorCode` with these members. The texts are behind `errorInfo`, in a
 * module of their own, so that this one stays small in a bundle.
 *
 * The namespace of the `./constants` entry under one name: bundlers that drop
 * unused members of a namespace (Rollup, Rolldown) keep only the codes read.
 */
export * as ErrorCode from "./constants.js";
/**
 * Every error code of the SDK, under the name and number its own typings use.
 *
 * The SDK rejects a failed call with `{ type, reason, errorCode }`; compare
 * `errorCode` with these members. The texts are behind `errorInfo`, in a
 * module of their own, so that this one stays small in a bundle.
 */
export type ErrorCode = (typeof constants)[keyof typeof constants];

/** The SCREAMING_SNAKE_CASE name of an error code. */
export type ErrorName = keyof typeof constants;
