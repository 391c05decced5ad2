"""Background work: watching, reading and OCR, and the task runner the GUI uses."""
