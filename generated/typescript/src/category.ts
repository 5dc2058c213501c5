// Generated from catalogue.toml by `cargo xtask gen`. Do not edit by hand.

import type { ErrorCategory } from "./categories.js";

const CODES_BY_CATEGORY: readonly (readonly [ErrorCategory, readonly number[]])[] = [
  ["common", [1, 2, 3]],
  ["session", [200, 3004, 3009, 3010, 4003, 4004, 4005]],
  ["client", [5000, 5001, 5002, 5003, 5006, 5007, 5008, 5011, 5012, 5013, 5014]],
  ["stream", [6000, 6001, 6002, 6003]],
  ["audio", [6010, 6011, 6012, 6013, 6014, 6015, 6017, 6018, 6019, 6020, 6021, 6022, 6023, 6026, 6027, 6028, 6029]],
  ["video", [6100, 6101, 6102, 6103, 6104, 6105, 6107, 6108, 6109, 6110, 6111, 6112, 6113, 6114, 6115, 6116, 6117, 6118, 6119, 6120, 6121, 6122, 6150, 6151, 6152, 6153, 6154]],
  ["screen_share", [6200, 6201, 6202, 6203, 6204, 6205, 6206, 6207, 6208, 6220, 6218]],
  ["share_annotation", [6210, 6211, 6212, 6213, 6214, 6215, 6216, 6217, 6223, 6224, 6225, 6226]],
  ["chat", [7000, 7001, 7002, 7003, 7004, 7005, 7006, 7007, 7008, 7009, 7010, 7011]],
  ["command_channel", [7100, 7101, 7102, 7103, 7104]],
  ["recording", [7200, 7201, 7202, 7203]],
  ["live_transcription", [7300, 7301, 7302, 7303, 7304, 7305, 7310]],
  ["live_stream", [7400, 7401, 7402]],
  ["subsession", [7500, 7501, 7502, 7503, 7504, 7505, 7506, 7507, 7508, 7509, 7510]],
  ["broadcast_streaming", [7900, 7901, 7902]],
  ["whiteboard", [8000, 8001, 8002, 8003, 8004, 8005, 8006]],
  ["real_time_media_streams", [8100, 8101, 8102]],
  ["voice_translator", [8200, 8201, 8202, 8203, 8204, 8205]],
  ["incoming_live_stream", [7450, 7451]],
];

let categories: ReadonlyMap<number, ErrorCategory> | undefined;

/**
 * The category an error code is filed under, or `undefined` for a number
 * that is not a code. Unlike `errorInfo(code).category`, it brings no text
 * of the catalogue into a bundle.
 */
export function errorCategory(code: number): ErrorCategory | undefined {
  categories ??= new Map(CODES_BY_CATEGORY.flatMap(([category, codes]) => codes.map((code) => [code, category] as const)));
  return categories.get(code);
}
