"""Printing: the preview of a finished PDF, from which it goes to the printer or a file."""
