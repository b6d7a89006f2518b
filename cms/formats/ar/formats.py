"""Arabic: the 24-hour clock and Arabic commas ("14 يناير 2027، 17:30").

Django's Arabic formats print 12-hour times and have no date-and-time
format, so a date and time fell back to the American "N j, Y, P" with Latin
commas inside right-to-left text.
"""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y، H:i"
SHORT_DATETIME_FORMAT = "d‏/m‏/Y H:i"
