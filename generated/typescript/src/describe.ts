// Generated from catalogue.toml by `cargo xtask gen`. Do not edit by hand.

import type { ErrorCategory } from "./categories.js";
import type { ErrorCode, ErrorName } from "./codes.js";
import { isAnyErrorPayload } from "./guards.js";
import { errorInfo, reasonInfo } from "./info.js";
import type { ReasonInfo } from "./info.js";

/**
 * What `describeError` makes of an error payload: the code it reports, what
 * the catalogue says about it, and a `text` to show or log. `known` tells
 * the two kinds apart. The object is frozen.
 */
export type ErrorDescription = KnownErrorDescription | UnknownErrorDescription;

/** The description of a payload whose code the catalogue lists. */
export interface KnownErrorDescription {
  /** The code the payload reports. */
  readonly code: ErrorCode;
  /** Whether the catalogue lists the code. */
  readonly known: true;
  readonly name: ErrorName;
  readonly category: ErrorCategory;
  /**
   * The numbered reason the payload's `subCode` names, for a code whose
   * reasons are numbered; otherwise `undefined`.
   */
  readonly reason: ReasonInfo | undefined;
  /**
   * Never empty: the catalogue's description, completed with the reason
   * (the numbered one, else the SDK's `reason`) when it ends by pointing at
   * one with a colon; for a code without a description, the reason, else the
   * code's name and number.
   */
  readonly text: string;
}

/** The description of a payload whose code this version of the catalogue does not list. */
export interface UnknownErrorDescription {
  /** The code the payload reports. */
  readonly code: number;
  readonly known: false;
  readonly name: undefined;
  readonly category: undefined;
  readonly reason: undefined;
  /** Never empty: the SDK's `reason`, else a line naming the code. */
  readonly text: string;
}

/**
 * Describes a caught value: `undefined` for anything that is not an error
 * payload (see `isAnyErrorPayload`), otherwise the code it reports, what the
 * catalogue knows of it and a text that is never empty. The result is
 * frozen.
 */
export function describeError(value: unknown): ErrorDescription | undefined {
  if (!isAnyErrorPayload(value)) {
    return undefined;
  }
  const code = value.errorCode;
  // An empty or blank reason is no reason to show.
  const given = value.reason?.trim() ? value.reason : undefined;
  const info = errorInfo(code);
  if (info === undefined) {
    return Object.freeze({
      code,
      known: false,
      name: undefined,
      category: undefined,
      reason: undefined,
      text: given ?? "Error code " + String(code),
    });
  }
  const reason = value.subCode === undefined ? undefined : reasonInfo(code, value.subCode);
  const completion = reason?.description ?? given;
  const description = info.description;
  let text: string;
  if (description) {
    text = description.endsWith(":") && completion !== undefined ? description + " " + completion : description;
  } else {
    text = completion ?? info.name + " (" + String(code) + ")";
  }
  return Object.freeze({ code: info.code, known: true, name: info.name, category: info.category, reason, text });
}
