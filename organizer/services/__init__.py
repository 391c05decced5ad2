"""Use cases over the storage layer: the only way the GUI and CLI change data."""
