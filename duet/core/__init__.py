"""The ground floor: the backend contract, the error tree, settings, metrics, the wire format.

Everything else imports from here; nothing here imports from the rest of Duet.
"""
