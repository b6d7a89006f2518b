"""Swedish: as Django's, with a comma between a date and its time ("14 januari 2027, 17:30")."""

DATETIME_FORMAT = "j F Y, H:i"
