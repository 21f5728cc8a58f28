#!/usr/bin/env python3
"""The campaign JSON Schema (docs/schemas/campaign.json) against the shared fixtures in tests/data/campaign:
the valid documents pass, every invalid one is refused (except those marked "schema": false, which only
FleetDesk's own checks can refuse, e.g. a time zone this system does not know)."""
import json
import sys
from pathlib import Path

try:
    import jsonschema
except ImportError:  # Debian package python3-jsonschema (installer/install-deps)
    raise SystemExit("campaign_schema: python3-jsonschema is needed (installer/install-deps installs it)")

root = Path(__file__).resolve().parents[2]
schema = json.loads((root / "docs/schemas/campaign.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
failures = []
for name in ("full.json", "minimal.json"):
    errors = [e.message for e in validator.iter_errors(json.loads((root / "tests/data/campaign" / name).read_text()))]
    if errors:
        failures.append(f"{name} should be valid: {errors}")
cases = json.loads((root / "tests/data/campaign/invalid.json").read_text())
for case in cases:
    errors = list(validator.iter_errors(case["document"]))
    if case.get("schema", True) and not errors:
        failures.append(f"the schema accepts an invalid document: {case['why']}")
    if not case.get("schema", True) and errors:
        failures.append(f"marked as beyond the schema but refused by it: {case['why']}")
for f in failures:
    print("FAIL", f)
print(f"campaign_schema: 2 valid, {len(cases)} invalid documents checked, {len(failures)} failure(s)")
sys.exit(1 if failures else 0)
