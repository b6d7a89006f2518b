"""The home page, the standard content page, shared blocks, navigation and demo content."""
