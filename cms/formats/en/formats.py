"""British English (the site declares en_GB): "14 January 2027, 17:30".

Not the American "Jan. 14, 2027, 5:30 p.m." of Django's "en" formats.

Django's "en" formats are American; its en_GB ones still print 12-hour
times, so the 24-hour clock of the other languages is used here too.
"""

DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
