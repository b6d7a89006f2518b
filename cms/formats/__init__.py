"""Date and time formats per language where Django's own do not fit this site.

Django looks here first (FORMAT_MODULE_PATH) and falls back to its own
locale formats for every name not defined here. Times are 24-hour in every
language, as Swedish readers and the version history already have them.
"""
