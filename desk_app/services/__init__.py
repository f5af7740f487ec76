"""The use cases of the desk: plain Python, no Qt. Every rule of the trade lives here."""
