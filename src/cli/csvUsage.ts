const STATUSES = `Exit status:
  0   success; refused rows, if any, are listed on standard error
  1   no row of the file can be used, the file or a scenario file is invalid, or an option is
      invalid (every problem on standard error, one per line; nothing on standard output)
  2   no file was given, or a file is missing, a directory or unreadable
  70  internal error (a bug: please report the one-line message)
`;

export const IMPORT_USAGE = `Usage: npm run -s import -- <roster.csv> [--into <scenario.json>] [--grouped]

Reads a creator list (docs/MODEL.md §9: one row per creator with name, platform and followers,
and optionally tier, posts, rates, fees and audience; English or Dutch column names, comma or
semicolon separated) and prints the scenario with the creators added as line items.

Options:
  --into <scenario.json>  add the line items to this scenario (default: a new scenario with the
                          economics of the docs/MODEL.md §3 example)
  --grouped               one line item per tier × platform × audience instead of one per creator
  -h, --help              show this text

${STATUSES}`;

export const CALIBRATE_USAGE = `Usage: npm run -s calibrate -- <results.csv> --scenario <file.json>

Reads a past campaign's results (docs/MODEL.md §9: one row per creator with platform, followers
or tier, posts, and impressions, clicks, orders and leads as the file has them) and prints, per
tier × platform and rate, the scenario's range before and the calibrated range after:
{ "groups": [ { "tier", "platform", "creators", "rates": { <rate>: { "n", "before", "after" } } } ],
  "rejected": [ …refused rows… ] }

Options:
  --scenario <file.json>  the scenario whose ranges are the prior (required)
  -h, --help              show this text

${STATUSES}`;
