"""planctl: plans of activities kept as YAML, validated, scheduled and rendered."""

__version__ = "0.1.0"
