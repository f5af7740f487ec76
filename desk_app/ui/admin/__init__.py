"""The Admin area: the manager's staff list (settings come later)."""
