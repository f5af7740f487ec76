"""The Reports area: the manager's summary of the shop."""
