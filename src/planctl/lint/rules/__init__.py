"""One module per lint rule; `planctl.lint.registry` finds them all."""
