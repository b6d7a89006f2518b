"""URL path converters for public addresses.

Django's `<int:…>` takes any number of digits, and a number beyond what the
database stores (64 bits) makes SQLite raise OverflowError in a lookup
through a relation: a server error from a typed-in address. `<id:…>` takes
only numbers a database id can be, so anything longer is a plain 404.
"""

from django.urls import register_converter

MAX_ID = 2**63 - 1


class DatabaseIdConverter:
    """A positive database id: up to 19 digits, at most 2**63 - 1."""

    regex = "[0-9]{1,19}"

    def to_python(self, value):
        number = int(value)
        if number > MAX_ID:
            raise ValueError("not a database id")  # Django treats this as "no match"
        return number

    def to_url(self, value):
        return str(value)


register_converter(DatabaseIdConverter, "id")
