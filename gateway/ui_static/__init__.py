"""Static files of the live page (``/ui``); package data, no build step."""
