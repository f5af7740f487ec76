"""The Requests area: the internal requests a person answers and the ones he filed."""
