"""The roof: the ``duet`` command and process wiring. It imports every room; nothing imports it."""
