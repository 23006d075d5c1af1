// The subset of the FIT profile runstrong reads, kept as data. Message and field numbers, base
// types, scales, offsets and units follow the public FIT protocol and profile description
// (Garmin's "FIT Protocol" document and its Profile tables); cross-checked by hand against the
// open decoders python-fitparse and fit-file-parser. Decoded value = raw / scale - offset.
import type { BaseTypeName } from './base-types.js';
import {
  EXERCISE_CATEGORY,
  FILE_TYPE,
  FIT_EVENT,
  FIT_EVENT_TYPE,
  INTENSITY,
  MANUFACTURER,
  SET_TYPE,
  SPORT,
  SUB_SPORT,
  WKT_STEP_DURATION,
  WKT_STEP_TARGET,
} from './enums.js';

/** How a raw integer becomes the decoded value, beyond scale and offset. */
export type FitConversion =
  /** Seconds since 1989-12-31T00:00:00Z in the file; Unix epoch seconds in the output. */
  | 'date_time'
  /** Semicircles (2^31 = 180°) in the file; degrees in the output. */
  | 'semicircles';

export interface FitFieldSpec {
  readonly num: number;
  readonly name: string;
  readonly base: BaseTypeName;
  readonly units: string;
  readonly scale: number;
  readonly offset: number;
  readonly conversion?: FitConversion;
  /** Names of enum values; values without a name stay numbers. */
  readonly enumNames?: Readonly<Record<number, string>>;
}

export interface FitMessageSpec {
  readonly num: number;
  readonly name: FitMessageName;
  readonly fields: ReadonlyMap<number, FitFieldSpec>;
}

export type FitMessageName =
  | 'file_id'
  | 'sport'
  | 'session'
  | 'lap'
  | 'record'
  | 'event'
  | 'device_info'
  | 'activity'
  | 'hrv'
  | 'set'
  | 'field_description'
  | 'developer_data_id'
  | 'workout'
  | 'workout_step';

type Extra = FitConversion | Readonly<Record<number, string>>;
type Row = readonly [
  num: number,
  name: string,
  base: BaseTypeName,
  units?: string,
  scale?: number,
  offset?: number,
  extra?: Extra,
];

const TIMESTAMP: Row = [253, 'timestamp', 'uint32', 's', 1, 0, 'date_time'];
const MESSAGE_INDEX: Row = [254, 'message_index', 'uint16'];

function message(num: number, name: FitMessageName, rows: readonly Row[]): FitMessageSpec {
  const fields = new Map<number, FitFieldSpec>();
  for (const [fieldNum, fieldName, base, units = '', scale = 1, offset = 0, extra] of rows) {
    const spec: FitFieldSpec = { num: fieldNum, name: fieldName, base, units, scale, offset };
    if (typeof extra === 'string') Object.assign(spec, { conversion: extra });
    else if (extra !== undefined) Object.assign(spec, { enumNames: extra });
    fields.set(fieldNum, spec);
  }
  return { num, name, fields };
}

// Fields shared by session and lap under different numbers are listed per message on purpose:
// the profile numbers them independently.
const MESSAGES: readonly FitMessageSpec[] = [
  message(0, 'file_id', [
    [0, 'type', 'enum', '', 1, 0, FILE_TYPE],
    [1, 'manufacturer', 'uint16', '', 1, 0, MANUFACTURER],
    [2, 'product', 'uint16'],
    [3, 'serial_number', 'uint32z'],
    [4, 'time_created', 'uint32', 's', 1, 0, 'date_time'],
    [5, 'number', 'uint16'],
    [8, 'product_name', 'string'],
  ]),
  message(12, 'sport', [
    [0, 'sport', 'enum', '', 1, 0, SPORT],
    [1, 'sub_sport', 'enum', '', 1, 0, SUB_SPORT],
    [3, 'name', 'string'],
  ]),
  message(18, 'session', [
    TIMESTAMP,
    MESSAGE_INDEX,
    [0, 'event', 'enum', '', 1, 0, FIT_EVENT],
    [1, 'event_type', 'enum', '', 1, 0, FIT_EVENT_TYPE],
    [2, 'start_time', 'uint32', 's', 1, 0, 'date_time'],
    [3, 'start_position_lat', 'sint32', 'deg', 1, 0, 'semicircles'],
    [4, 'start_position_long', 'sint32', 'deg', 1, 0, 'semicircles'],
    [5, 'sport', 'enum', '', 1, 0, SPORT],
    [6, 'sub_sport', 'enum', '', 1, 0, SUB_SPORT],
    [7, 'total_elapsed_time', 'uint32', 's', 1000],
    [8, 'total_timer_time', 'uint32', 's', 1000],
    [9, 'total_distance', 'uint32', 'm', 100],
    [10, 'total_cycles', 'uint32', 'cycles'],
    [11, 'total_calories', 'uint16', 'kcal'],
    [14, 'avg_speed', 'uint16', 'm/s', 1000],
    [15, 'max_speed', 'uint16', 'm/s', 1000],
    [16, 'avg_heart_rate', 'uint8', 'bpm'],
    [17, 'max_heart_rate', 'uint8', 'bpm'],
    [18, 'avg_cadence', 'uint8', 'rpm'],
    [19, 'max_cadence', 'uint8', 'rpm'],
    [20, 'avg_power', 'uint16', 'W'],
    [21, 'max_power', 'uint16', 'W'],
    [22, 'total_ascent', 'uint16', 'm'],
    [23, 'total_descent', 'uint16', 'm'],
    [24, 'total_training_effect', 'uint8', '', 10],
    [25, 'first_lap_index', 'uint16'],
    [26, 'num_laps', 'uint16'],
    [28, 'trigger', 'enum'],
    [34, 'normalized_power', 'uint16', 'W'],
    [35, 'training_stress_score', 'uint16', 'tss', 10],
    [36, 'intensity_factor', 'uint16', 'if', 1000],
    [44, 'pool_length', 'uint16', 'm', 100],
    [47, 'num_active_lengths', 'uint16', 'lengths'],
    [48, 'total_work', 'uint32', 'J'],
    [49, 'avg_altitude', 'uint16', 'm', 5, 500],
    [50, 'max_altitude', 'uint16', 'm', 5, 500],
    [59, 'total_moving_time', 'uint32', 's', 1000],
    [64, 'min_heart_rate', 'uint8', 'bpm'],
    [71, 'min_altitude', 'uint16', 'm', 5, 500],
    [110, 'sport_profile_name', 'string'],
    [124, 'enhanced_avg_speed', 'uint32', 'm/s', 1000],
    [125, 'enhanced_max_speed', 'uint32', 'm/s', 1000],
    [126, 'enhanced_avg_altitude', 'uint32', 'm', 5, 500],
    [127, 'enhanced_min_altitude', 'uint32', 'm', 5, 500],
    [128, 'enhanced_max_altitude', 'uint32', 'm', 5, 500],
    [137, 'total_anaerobic_training_effect', 'uint8', '', 10],
  ]),
  message(19, 'lap', [
    TIMESTAMP,
    MESSAGE_INDEX,
    [0, 'event', 'enum', '', 1, 0, FIT_EVENT],
    [1, 'event_type', 'enum', '', 1, 0, FIT_EVENT_TYPE],
    [2, 'start_time', 'uint32', 's', 1, 0, 'date_time'],
    [3, 'start_position_lat', 'sint32', 'deg', 1, 0, 'semicircles'],
    [4, 'start_position_long', 'sint32', 'deg', 1, 0, 'semicircles'],
    [5, 'end_position_lat', 'sint32', 'deg', 1, 0, 'semicircles'],
    [6, 'end_position_long', 'sint32', 'deg', 1, 0, 'semicircles'],
    [7, 'total_elapsed_time', 'uint32', 's', 1000],
    [8, 'total_timer_time', 'uint32', 's', 1000],
    [9, 'total_distance', 'uint32', 'm', 100],
    [10, 'total_cycles', 'uint32', 'cycles'],
    [11, 'total_calories', 'uint16', 'kcal'],
    [13, 'avg_speed', 'uint16', 'm/s', 1000],
    [14, 'max_speed', 'uint16', 'm/s', 1000],
    [15, 'avg_heart_rate', 'uint8', 'bpm'],
    [16, 'max_heart_rate', 'uint8', 'bpm'],
    [17, 'avg_cadence', 'uint8', 'rpm'],
    [18, 'max_cadence', 'uint8', 'rpm'],
    [19, 'avg_power', 'uint16', 'W'],
    [20, 'max_power', 'uint16', 'W'],
    [21, 'total_ascent', 'uint16', 'm'],
    [22, 'total_descent', 'uint16', 'm'],
    [23, 'intensity', 'enum'],
    [24, 'lap_trigger', 'enum'],
    [25, 'sport', 'enum', '', 1, 0, SPORT],
    [32, 'num_lengths', 'uint16', 'lengths'],
    [33, 'normalized_power', 'uint16', 'W'],
    [39, 'sub_sport', 'enum', '', 1, 0, SUB_SPORT],
    [42, 'avg_altitude', 'uint16', 'm', 5, 500],
    [43, 'max_altitude', 'uint16', 'm', 5, 500],
    [52, 'total_moving_time', 'uint32', 's', 1000],
    [62, 'min_altitude', 'uint16', 'm', 5, 500],
    [63, 'min_heart_rate', 'uint8', 'bpm'],
    [110, 'enhanced_avg_speed', 'uint32', 'm/s', 1000],
    [111, 'enhanced_max_speed', 'uint32', 'm/s', 1000],
    [112, 'enhanced_avg_altitude', 'uint32', 'm', 5, 500],
    [113, 'enhanced_min_altitude', 'uint32', 'm', 5, 500],
    [114, 'enhanced_max_altitude', 'uint32', 'm', 5, 500],
  ]),
  message(20, 'record', [
    TIMESTAMP,
    [0, 'position_lat', 'sint32', 'deg', 1, 0, 'semicircles'],
    [1, 'position_long', 'sint32', 'deg', 1, 0, 'semicircles'],
    [2, 'altitude', 'uint16', 'm', 5, 500],
    [3, 'heart_rate', 'uint8', 'bpm'],
    [4, 'cadence', 'uint8', 'rpm'],
    [5, 'distance', 'uint32', 'm', 100],
    [6, 'speed', 'uint16', 'm/s', 1000],
    [7, 'power', 'uint16', 'W'],
    // Expanded by the decoder into speed and an accumulated distance.
    [8, 'compressed_speed_distance', 'byte'],
    [9, 'grade', 'sint16', '%', 100],
    [13, 'temperature', 'sint8', 'C'],
    [29, 'accumulated_power', 'uint32', 'W'],
    [32, 'vertical_speed', 'sint16', 'm/s', 1000],
    [33, 'calories', 'uint16', 'kcal'],
    [39, 'vertical_oscillation', 'uint16', 'mm', 10],
    [40, 'stance_time_percent', 'uint16', 'percent', 100],
    [41, 'stance_time', 'uint16', 'ms', 10],
    [53, 'fractional_cadence', 'uint8', 'rpm', 128],
    [73, 'enhanced_speed', 'uint32', 'm/s', 1000],
    [78, 'enhanced_altitude', 'uint32', 'm', 5, 500],
    [83, 'vertical_ratio', 'uint16', 'percent', 100],
    [85, 'step_length', 'uint16', 'mm', 10],
  ]),
  message(21, 'event', [
    TIMESTAMP,
    [0, 'event', 'enum', '', 1, 0, FIT_EVENT],
    [1, 'event_type', 'enum', '', 1, 0, FIT_EVENT_TYPE],
    [2, 'data16', 'uint16'],
    [3, 'data', 'uint32'],
    [4, 'event_group', 'uint8'],
  ]),
  message(23, 'device_info', [
    TIMESTAMP,
    [0, 'device_index', 'uint8'],
    [1, 'device_type', 'uint8'],
    [2, 'manufacturer', 'uint16', '', 1, 0, MANUFACTURER],
    [3, 'serial_number', 'uint32z'],
    [4, 'product', 'uint16'],
    [5, 'software_version', 'uint16', '', 100],
    [6, 'hardware_version', 'uint8'],
    [10, 'battery_voltage', 'uint16', 'V', 256],
    [11, 'battery_status', 'uint8'],
    [19, 'descriptor', 'string'],
    [25, 'source_type', 'enum'],
    [27, 'product_name', 'string'],
  ]),
  message(34, 'activity', [
    TIMESTAMP,
    [0, 'total_timer_time', 'uint32', 's', 1000],
    [1, 'num_sessions', 'uint16'],
    [2, 'type', 'enum'],
    [3, 'event', 'enum', '', 1, 0, FIT_EVENT],
    [4, 'event_type', 'enum', '', 1, 0, FIT_EVENT_TYPE],
    [5, 'local_timestamp', 'uint32', 's', 1, 0, 'date_time'],
  ]),
  message(78, 'hrv', [[0, 'time', 'uint16', 's', 1000]]),
  message(206, 'field_description', [
    [0, 'developer_data_index', 'uint8'],
    [1, 'field_definition_number', 'uint8'],
    [2, 'fit_base_type_id', 'uint8'],
    [3, 'field_name', 'string'],
    [6, 'scale', 'uint8'],
    [7, 'offset', 'sint8'],
    [8, 'units', 'string'],
    [14, 'native_mesg_num', 'uint16'],
    [15, 'native_field_num', 'uint8'],
  ]),
  message(207, 'developer_data_id', [
    [0, 'developer_id', 'byte'],
    [1, 'application_id', 'byte'],
    [2, 'manufacturer_id', 'uint16', '', 1, 0, MANUFACTURER],
    [3, 'developer_data_index', 'uint8'],
    [4, 'application_version', 'uint32'],
  ]),
  message(225, 'set', [
    // In the set message the timestamp is field 254, not the usual 253.
    [254, 'timestamp', 'uint32', 's', 1, 0, 'date_time'],
    [0, 'duration', 'uint32', 's', 1000],
    [3, 'repetitions', 'uint16'],
    [4, 'weight', 'uint16', 'kg', 16],
    [5, 'set_type', 'uint8', '', 1, 0, SET_TYPE],
    [6, 'start_time', 'uint32', 's', 1, 0, 'date_time'],
    [7, 'category', 'uint16', '', 1, 0, EXERCISE_CATEGORY],
    [8, 'category_subtype', 'uint16'],
    [9, 'weight_display_unit', 'uint16'],
    [10, 'message_index', 'uint16'],
    [11, 'wkt_step_index', 'uint16'],
  ]),
  message(26, 'workout', [
    MESSAGE_INDEX,
    [4, 'sport', 'enum', '', 1, 0, SPORT],
    [5, 'capabilities', 'uint32z'],
    [6, 'num_valid_steps', 'uint16'],
    [8, 'wkt_name', 'string'],
    [11, 'sub_sport', 'enum', '', 1, 0, SUB_SPORT],
  ]),
  // duration_value and target_value mean different things by duration_type and target_type
  // (ms, cm, a step index, a repeat count); they stay raw here, as do the custom target bounds
  // (mm/s for a speed target).
  message(27, 'workout_step', [
    MESSAGE_INDEX,
    [0, 'wkt_step_name', 'string'],
    [1, 'duration_type', 'enum', '', 1, 0, WKT_STEP_DURATION],
    [2, 'duration_value', 'uint32'],
    [3, 'target_type', 'enum', '', 1, 0, WKT_STEP_TARGET],
    [4, 'target_value', 'uint32'],
    [5, 'custom_target_value_low', 'uint32'],
    [6, 'custom_target_value_high', 'uint32'],
    [7, 'intensity', 'enum', '', 1, 0, INTENSITY],
    [8, 'notes', 'string'],
  ]),
];

export const FIT_MESSAGE_NAMES: readonly FitMessageName[] = MESSAGES.map((m) => m.name);

const BY_NUMBER = new Map<number, FitMessageSpec>(MESSAGES.map((m) => [m.num, m]));

export function messageSpec(globalNum: number): FitMessageSpec | undefined {
  return BY_NUMBER.get(globalNum);
}
