"""Service desk: the reception desk application of a car service."""

__version__ = "0.1.0"
